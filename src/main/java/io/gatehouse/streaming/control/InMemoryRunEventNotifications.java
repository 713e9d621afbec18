package io.gatehouse.streaming.control;

import io.gatehouse.streaming.entity.RunEvent;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The notifications of one instance: listeners by owner, called on the publishing thread. Also what a clustered
 * implementation delivers to on each instance; chosen by {@code io.gatehouse.cluster.control.ClusterBackends}.
 */
public class InMemoryRunEventNotifications implements RunEventNotifications {

    private static final Logger LOG = Logger.getLogger(InMemoryRunEventNotifications.class.getName());

    private final Map<UUID, Set<Consumer<RunEvent>>> listeners = new ConcurrentHashMap<>();

    @Override
    public void publish(RunEvent event) {
        Set<Consumer<RunEvent>> ofOwner = listeners.get(event.ownerId());
        if (ofOwner == null) {
            return;
        }
        for (Consumer<RunEvent> listener : ofOwner) {
            try {
                listener.accept(event);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "A run event listener failed", e);
            }
        }
    }

    @Override
    public Subscription subscribe(UUID ownerId, Consumer<RunEvent> listener) {
        listeners.compute(ownerId, (id, set) -> {
            Set<Consumer<RunEvent>> ofOwner = set == null ? new CopyOnWriteArraySet<>() : set;
            ofOwner.add(listener);
            return ofOwner;
        });
        return () -> listeners.computeIfPresent(ownerId, (id, set) -> {
            set.remove(listener);
            return set.isEmpty() ? null : set;
        });
    }

    /** How many owners have listeners (for tests). */
    int owners() {
        return listeners.size();
    }
}
