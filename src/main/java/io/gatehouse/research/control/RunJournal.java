package io.gatehouse.research.control;

import io.gatehouse.research.entity.ResearchEvent;
import io.gatehouse.research.entity.ResearchRun;
import io.gatehouse.research.entity.RunEventType;
import io.gatehouse.research.entity.RunEventWritten;
import io.gatehouse.research.entity.RunStatus;
import io.gatehouse.streaming.control.RunBacklog;
import io.gatehouse.streaming.entity.RunEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * Writes and reads the events of runs. Appending locks the run's row, so the run's steps, a cancellation and
 * the start-up recovery never number two events alike, and nothing is appended after a run's final event.
 */
@ApplicationScoped
public class RunJournal implements RunBacklog {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Event<RunEventWritten> written;

    /**
     * Appends the event in a transaction of its own and announces it once committed.
     *
     * @return the event, or empty when the run is gone or already finished (then nothing was written)
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<RunEvent> append(UUID runId, RunEventType type, JsonObject data) {
        ResearchRun run = em.find(ResearchRun.class, runId, LockModeType.PESSIMISTIC_WRITE);
        if (run == null || run.finished()) {
            return Optional.empty();
        }
        OffsetDateTime now = OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MICROS);
        int id = run.record(type, now);
        ResearchEvent stored = new ResearchEvent(runId, id, type, data.toString(), now);
        em.persist(stored);
        RunEvent event = stored.toRunEvent(run.ownerId());
        written.fire(new RunEventWritten(event));
        return Optional.of(event);
    }

    /**
     * In a transaction, although it only reads: streams call it from managed executor threads, where an entity
     * manager used outside a transaction is cleaned up with the submitting request's context (Payara).
     */
    @Override
    @Transactional
    public List<RunEvent> after(UUID runId, long afterId) {
        return em.createNamedQuery(ResearchEvent.AFTER, Object[].class)
                .setParameter("run", runId)
                .setParameter("after", (int) Math.min(afterId, Integer.MAX_VALUE))
                .getResultStream()
                .map(row -> ((ResearchEvent) row[0]).toRunEvent((UUID) row[1]))
                .toList();
    }

    /** The runs that are neither finished nor cancelled and whose instance ({@code runner}) passes the test. */
    @Transactional
    List<UUID> unfinished(Predicate<String> runner) {
        return em.createNamedQuery(ResearchRun.UNFINISHED, Object[].class)
                .setParameter("statuses", List.of(RunStatus.QUEUED.label(), RunStatus.RUNNING.label()))
                .getResultStream()
                .filter(row -> runner.test((String) row[1]))
                .map(row -> (UUID) row[0])
                .toList();
    }
}
