package io.gatehouse.research;

import io.gatehouse.problems.ApiProblem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.UUID;

/** A principal's research runs: start, read, list, cancel. Another principal's run is "not found". */
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

    public RunView view(UUID ownerId, String runId) {
        return owned(ownerId, runId).view();
    }

    /** The newest runs first, at most {@value #MAX_LISTED}. */
    public List<RunView> of(UUID ownerId) {
        return em.createNamedQuery(ResearchRun.OF_OWNER, ResearchRun.class)
                .setParameter("owner", ownerId)
                .setMaxResults(MAX_LISTED)
                .getResultStream()
                .map(ResearchRun::view)
                .toList();
    }

    /** Ends the run with {@code cancelled}; 409 when it had already finished. */
    public RunView cancel(UUID ownerId, String runId) {
        ResearchRun run = owned(ownerId, runId);
        if (journal.append(run.id(), RunEventType.CANCELLED, JsonValue.EMPTY_JSON_OBJECT).isEmpty()) {
            throw ApiProblem.conflict("run_finished",
                    "Run already finished (" + owned(ownerId, runId).status().label() + "): nothing to cancel");
        }
        return owned(ownerId, runId).view();
    }

    /** The run if the principal owns it, else 404. */
    ResearchRun owned(UUID ownerId, String runId) {
        UUID id = parse(runId);
        ResearchRun run = id == null ? null : em.find(ResearchRun.class, id);
        if (run == null || !run.ownerId().equals(ownerId)) {
            throw ApiProblem.notFound("Run not found");
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
