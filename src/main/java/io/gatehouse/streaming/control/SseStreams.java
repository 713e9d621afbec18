package io.gatehouse.streaming.control;

import io.gatehouse.http.control.Challenges;
import io.gatehouse.kernel.AuthRefusal;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import java.util.UUID;

/** Opens Server-Sent Event streams of one run: past events first, then live ones, until the run's last event. */
@ApplicationScoped
public class SseStreams {

    @Inject
    StreamAttachment attachment;

    @Inject
    StreamKeepAlive keepAlive;

    @Inject
    StreamQuota quota;

    /**
     * Takes a slot of the client's principal ({@link StreamQuota}), renews the client's session, then streams the
     * run's events numbered after {@code afterId}, ending after the final event ({@code finalEventId} when the run has
     * already finished, else -1). Nothing has been written when it throws, so the refusal becomes the response.
     */
    public void open(StreamClient client, SseEventSink sink, Sse sse, UUID ownerId, UUID runId, long afterId,
            long finalEventId, RunBacklog backlog) {
        StreamSlots.Slot slot = quota.take(client.caller());
        SseRunStream stream;
        try {
            if (!keepAlive.connect(client)) {
                throw Challenges.problem(AuthRefusal.invalid("session ended"));
            }
            stream = new SseRunStream(client, attachment.executor(), sink, sse, runId, afterId, finalEventId, backlog);
        } catch (RuntimeException e) {
            slot.release();
            throw e;
        }
        boolean live = attachment.attach(stream, ownerId, event -> {
            if (event.runId().equals(runId)) {
                stream.offer(event);
            }
        }, slot);
        if (live) {
            stream.wake();
        }
    }
}
