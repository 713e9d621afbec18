package io.gatehouse.streaming.control;

import io.gatehouse.streaming.entity.RunEvent;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.UUID;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/**
 * Brings a new SSE or WebSocket stream to life: registered among the {@link OpenStreams}, subscribed to its owner's
 * run events, holding its slot, and closed at once when its session ended while it was being opened.
 */
@ApplicationScoped
public class StreamAttachment {

    @Inject
    OpenStreams registry;

    @Inject
    RunEventNotifications notifications;

    @Inject
    StreamKeepAlive keepAlive;

    @Resource
    ManagedExecutorService executor;

    /** Where streams write. */
    Executor executor() {
        return executor;
    }

    /**
     * Registers {@code stream} and hands {@code listener} the run events of {@code ownerId}; the stream holds
     * {@code slot} from then on, and the slot is released when this fails. A stream whose session is no longer live
     * is closed ({@link OpenStreams#REVOKED}) before this returns.
     *
     * @return whether the stream is live
     */
    boolean attach(QueuedStream stream, UUID ownerId, Consumer<RunEvent> listener, StreamSlots.Slot slot) {
        try {
            stream.attach(registry, notifications.subscribe(ownerId, listener), slot);
        } catch (RuntimeException e) {
            slot.release();
            throw e;
        }
        if (!keepAlive.live(stream.client())) {
            stream.close(OpenStreams.REVOKED);
            return false;
        }
        return true;
    }
}
