package io.gatehouse.streaming.control;

import io.gatehouse.streaming.entity.RunEvent;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * Tells open streams that a run event was written (after its commit). The seam for clustering: the in-memory
 * implementation reaches the streams of this instance; a clustered one would publish to every instance.
 * Features use only this interface.
 */
public interface RunEventNotifications {

    /** Announces a committed event to the subscribers of its owner. */
    void publish(RunEvent event);

    /**
     * Calls the listener with every event published for runs of this owner from now on, until the subscription is
     * closed. The listener runs on the publishing thread: it must hand work off, never block.
     */
    Subscription subscribe(UUID ownerId, Consumer<RunEvent> listener);

    /** A subscription; closing it twice is harmless. */
    interface Subscription extends AutoCloseable {

        @Override
        void close();
    }
}
