package io.gatehouse.research.control;

import io.gatehouse.research.entity.ResearchException;
import io.gatehouse.kernel.FeatureException.Reason;
import io.gatehouse.research.entity.ResearchRun;
import io.gatehouse.research.entity.RunEventType;
import io.gatehouse.research.entity.RunView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;

/**
 * A principal's research runs: start, read, list, cancel. Another principal's run is "not found". Reads run in
 * a transaction too: an entity manager used outside one is cleaned up with the request's invocation, which the
 * managed executor's tasks share on Payara (and the streams' tasks are submitted from these requests).
 */
@ApplicationScoped
public class ResearchRuns {

    static final int MAX_LISTED = 100;

    @PersistenceContext
    EntityManager em;

    @Inject
    RunOpening opening;

    @Inject
    RunSchedule schedule;

    @Inject
    RunJournal journal;

    /** Creates the run (spending a credit), then hands it to the executor once committed. */
    public RunView start(UUID ownerId, UUID projectId, String query) {
        RunView run = opening.open(ownerId, projectId, query);
        schedule.launch(UUID.fromString(run.id()));
        return run;
    }

    @Transactional
    public RunView view(UUID ownerId, String runId) {
        return owned(ownerId, runId).view();
    }

    /** The newest runs first, at most {@value #MAX_LISTED}. */
    @Transactional
    public List<RunView> of(UUID ownerId) {
        return em.createNamedQuery(ResearchRun.OF_OWNER, ResearchRun.class)
                .setParameter("owner", ownerId)
                .setMaxResults(MAX_LISTED)
                .getResultStream()
                .map(ResearchRun::view)
                .toList();
    }

    /** Ends the run with {@code cancelled}; 409 when it had already finished. */
    @Transactional
    public RunView cancel(UUID ownerId, String runId) {
        ResearchRun run = owned(ownerId, runId);
        boolean cancelled = journal.append(run.id(), RunEventType.CANCELLED, JsonValue.EMPTY_JSON_OBJECT).isPresent();
        em.refresh(run);
        if (!cancelled) {
            throw new ResearchException(Reason.CONFLICT, "run_finished",
                    "Run already finished (" + run.status().label() + "): nothing to cancel");
        }
        return run.view();
    }

    /** The run if the principal owns it, else 404. */
    @Transactional
    public ResearchRun owned(UUID ownerId, String runId) {
        UUID id = parse(runId);
        ResearchRun run = id == null ? null : em.find(ResearchRun.class, id);
        if (run == null || !run.ownerId().equals(ownerId)) {
            throw new ResearchException(Reason.NOT_FOUND, "not_found", "Run not found");
        }
        return run;
    }

    private static UUID parse(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException | NullPointerException e) {
            return null;
        }
    }
}
