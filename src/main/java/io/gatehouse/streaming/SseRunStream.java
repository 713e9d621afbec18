package io.gatehouse.streaming;

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
 * order notifications arrive in. Ends after the run's last event.
 */
final class SseRunStream extends QueuedStream {

    private static final long SEND_TIMEOUT_SECONDS = 10;

    private final SseEventSink sink;
    private final Sse sse;
    private final UUID runId;
    private final RunBacklog backlog;
    private long lastSent;

    SseRunStream(StreamClient client, Executor executor, SseEventSink sink, Sse sse, UUID runId, long afterId,
            RunBacklog backlog) {
        super(client, executor);
        this.sink = sink;
        this.sse = sse;
        this.runId = runId;
        this.backlog = backlog;
        this.lastSent = afterId;
    }

    @Override
    void deliver(List<RunEvent> events, boolean ping) throws Exception {
        if (sink.isClosed()) {
            close(null);
            return;
        }
        if (ping) {
            send(sse.newEventBuilder().comment("keep-alive").build());
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
    }

    private void send(OutboundSseEvent event) throws Exception {
        sink.send(event).toCompletableFuture().get(SEND_TIMEOUT_SECONDS, TimeUnit.SECONDS);
    }

    @Override
    void closeTransport(String reason) {
        sink.close();
    }
}
