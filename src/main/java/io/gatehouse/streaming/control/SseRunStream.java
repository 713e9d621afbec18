package io.gatehouse.streaming.control;

import io.gatehouse.streaming.entity.RunEvent;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;

/**
 * One run's events as Server-Sent Events. Notifications only say that something was written: each delivery
 * sends what the backlog holds after the last event sent, so events go out once, in order, with no gap, whatever
 * order notifications arrive in. Ends after the run's last event. The first delivery starts with a comment, so the
 * response's headers go out at once, even before the first event (RESTEasy commits nothing until something is sent).
 */
final class SseRunStream extends QueuedStream {

    private static final long SEND_TIMEOUT_SECONDS = 10;

    private final SseEventSink sink;
    private final Sse sse;
    private final UUID runId;
    private final RunBacklog backlog;
    private final long finalEventId;
    private long lastSent;
    private boolean started;

    /** {@code finalEventId} is the id of the run's final event when it has finished, else -1. */
    SseRunStream(StreamClient client, Executor executor, SseEventSink sink, Sse sse, UUID runId, long afterId,
            long finalEventId, RunBacklog backlog) {
        super(client, executor);
        this.sink = sink;
        this.sse = sse;
        this.runId = runId;
        this.backlog = backlog;
        this.finalEventId = finalEventId;
        this.lastSent = afterId;
    }

    @Override
    void deliver(List<RunEvent> events, boolean ping) throws Exception {
        if (sink.isClosed()) {
            close(null);
            return;
        }
        if (!started || ping) {
            send(sse.newEventBuilder().comment(started ? "keep-alive" : "events of run " + runId).build());
            started = true;
        }
        for (RunEvent event : backlog.after(runId, lastSent)) {
            send(sse.newEventBuilder().id(Long.toString(event.id())).name(event.event()).data(String.class, event.data())
                    .build());
            lastSent = event.id();
            if (event.last()) {
                close(null);
                return;
            }
        }
        if (finalEventId >= 0 && lastSent >= finalEventId) {
            close(null);
        }
    }

    private void send(OutboundSseEvent event) throws Exception {
        sink.send(event).toCompletableFuture().get(SEND_TIMEOUT_SECONDS, TimeUnit.SECONDS);
    }

    @Override
    void closeTransport(String reason) {
        sink.close();
    }
}
