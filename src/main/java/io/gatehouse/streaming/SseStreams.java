package io.gatehouse.streaming;

import io.gatehouse.security.AuthRefusal;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import java.util.UUID;

/** Opens Server-Sent Event streams of one run: past events first, then live ones, until the run's last event. */
@ApplicationScoped
public class SseStreams {

    @Inject
    OpenStreams registry;

    @Inject
    RunEventNotifications notifications;

    @Inject
    StreamKeepAlive keepAlive;

    @Resource
    ManagedExecutorService executor;

    /**
     * Renews the client's session, then streams the run's events numbered after {@code afterId}, ending after the
     * final event ({@code finalEventId} when the run has already finished, else -1). Nothing has been written when
     * it throws, so the refusal becomes the response.
     */
    public void open(StreamClient client, SseEventSink sink, Sse sse, UUID ownerId, UUID runId, long afterId,
            long finalEventId, RunBacklog backlog) {
        if (!keepAlive.connect(client)) {
            throw AuthRefusal.invalid("session ended").toProblem();
        }
        SseRunStream stream = new SseRunStream(client, executor, sink, sse, runId, afterId, finalEventId, backlog);
        stream.attach(registry, notifications.subscribe(ownerId, event -> {
            if (event.runId().equals(runId)) {
                stream.offer(event);
            }
        }));
        if (!keepAlive.live(client)) {
            stream.close(OpenStreams.REVOKED);
            return;
        }
        stream.wake();
    }
}
