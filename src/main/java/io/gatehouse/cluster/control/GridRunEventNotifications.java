package io.gatehouse.cluster.control;

import com.hazelcast.topic.ITopic;
import com.hazelcast.topic.Message;
import com.hazelcast.topic.MessageListener;
import io.gatehouse.streaming.control.InMemoryRunEventNotifications;
import io.gatehouse.streaming.entity.RunEvent;
import io.gatehouse.streaming.control.RunEventNotifications;
import java.util.UUID;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Run events for every member: delivered to this member's streams at once and published on one grid topic,
 * from which the other members deliver them to theirs. A stream that missed events (or reconnects elsewhere)
 * resumes from the database with {@code Last-Event-ID}, so the topic need not keep anything. Messages are sealed
 * under the cluster secret; one that does not verify is dropped.
 */
final class GridRunEventNotifications implements RunEventNotifications, MessageListener<String> {

    static final String TOPIC = "gatehouse-run-events";

    private static final Logger LOG = Logger.getLogger(GridRunEventNotifications.class.getName());

    private final ITopic<String> topic;
    private final GridSeal seal;
    private final InMemoryRunEventNotifications local;
    private final Executor handOff;
    private final UUID listener;

    GridRunEventNotifications(ITopic<String> topic, GridSeal seal, InMemoryRunEventNotifications local,
            Executor handOff) {
        this.topic = topic;
        this.seal = seal;
        this.local = local;
        this.handOff = handOff;
        this.listener = topic.addMessageListener(this);
    }

    @Override
    public void publish(RunEvent event) {
        local.publish(event);
        topic.publish(seal.seal(TOPIC, RunEventText.of(event)));
    }

    @Override
    public Subscription subscribe(UUID ownerId, Consumer<RunEvent> listener) {
        return local.subscribe(ownerId, listener);
    }

    /** On a Hazelcast thread: the event goes to this member's listeners on an application thread, in order. */
    @Override
    public void onMessage(Message<String> message) {
        if (message.getPublishingMember() != null && message.getPublishingMember().localMember()) {
            return;
        }
        try {
            String opened = seal.open(TOPIC, message.getMessageObject());
            if (opened == null) {
                return;
            }
            RunEvent event = RunEventText.parse(opened);
            handOff.execute(() -> local.publish(event));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Ignored a run event from another member that could not be read", e);
        }
    }

    void close() {
        topic.removeMessageListener(listener);
    }
}
