package io.gatehouse.research.control;

import io.gatehouse.research.entity.ResearchException;
import io.gatehouse.kernel.FeatureException.Reason;
import io.gatehouse.research.entity.ResearchRun;
import io.gatehouse.kernel.Caller;
import io.gatehouse.streaming.control.SseStreams;
import io.gatehouse.streaming.control.StreamClient;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;

/**
 * Follows a run over Server-Sent Events: only its owner may, from the start or after {@code Last-Event-ID}. A
 * run already finished and fully seen ends the stream at once.
 */
@ApplicationScoped
public class RunFollowing {

    @Inject
    ResearchRuns runs;

    @Inject
    RunJournal journal;

    @Inject
    SseStreams streams;

    public void follow(Caller caller, String token, String runId, String lastEventId, SseEventSink sink, Sse sse) {
        ResearchRun run = runs.owned(caller.principalId(), runId);
        long after = resumeAfter(lastEventId, run.lastEventId());
        streams.open(StreamClient.of(caller, token), sink, sse, run.ownerId(), run.id(), after,
                run.finished() ? run.lastEventId() : -1, journal);
    }

    /** The id a stream resumes after: 0 without {@code Last-Event-ID}; an id the run never sent is refused. */
    static long resumeAfter(String lastEventId, int lastWritten) {
        if (lastEventId == null || lastEventId.isBlank()) {
            return 0;
        }
        String id = lastEventId.trim();
        if (id.length() > 10 || !id.chars().allMatch(c -> c >= '0' && c <= '9') || Long.parseLong(id) > lastWritten) {
            throw new ResearchException(Reason.INVALID, "invalid_request",
                    "Last-Event-ID must be the id of an event of this run (0 to " + lastWritten + ")");
        }
        return Long.parseLong(id);
    }
}
