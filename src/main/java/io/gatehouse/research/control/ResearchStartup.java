package io.gatehouse.research.control;

import io.gatehouse.research.entity.RunEventType;
import io.gatehouse.cluster.control.InstanceMembership;
import io.gatehouse.kernel.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.logging.Logger;

/**
 * At start-up: refuses out-of-range research settings, and ends with {@code failed} every run that a crash or
 * a stop left {@code queued} or {@code running}: a run executes on the instance that started it, so runs whose
 * instance is no longer running have nothing executing them any more. Runs of other running instances (a
 * cluster) are left alone; when one of them stops or crashes, the instances still running fail its runs.
 */
@ApplicationScoped
public class ResearchStartup {

    static final String INTERRUPTED = "Interrupted: Gatehouse stopped while the run was in progress";

    private static final Logger LOG = Logger.getLogger(ResearchStartup.class.getName());

    @Inject
    ResearchSettings settings;

    @Inject
    RunJournal journal;

    @Inject
    InstanceMembership membership;

    void onStart(@Observes StartupEvent event) {
        settings.check();
        failOrphans(runner -> runner == null || !membership.isRunning(runner), "the last shutdown");
        membership.onDeparture(gone -> failOrphans(gone::equals, "an instance that stopped"));
    }

    private void failOrphans(Predicate<String> orphaned, String cause) {
        List<UUID> unfinished = journal.unfinished(orphaned);
        JsonObject reason = Json.createObjectBuilder().add("reason", INTERRUPTED).build();
        for (UUID runId : unfinished) {
            journal.append(runId, RunEventType.FAILED, reason);
        }
        if (!unfinished.isEmpty()) {
            LOG.info(() -> unfinished.size() + " research run(s) left unfinished by " + cause + " marked failed");
        }
    }
}
