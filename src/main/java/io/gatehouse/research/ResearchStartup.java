package io.gatehouse.research;

import io.gatehouse.platform.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.List;
import java.util.UUID;
import java.util.logging.Logger;

/**
 * At start-up: refuses out-of-range research settings, and ends with {@code failed} every run that a crash or
 * a stop left {@code queued} or {@code running} (nothing executes them any more). With several instances this
 * belongs to the one that owns the runs; today there is one.
 */
@ApplicationScoped
public class ResearchStartup {

    static final String INTERRUPTED = "Interrupted: Gatehouse stopped while the run was in progress";

    private static final Logger LOG = Logger.getLogger(ResearchStartup.class.getName());

    @Inject
    ResearchSettings settings;

    @Inject
    RunJournal journal;

    void onStart(@Observes StartupEvent event) {
        settings.check();
        List<UUID> unfinished = journal.unfinished();
        JsonObject reason = Json.createObjectBuilder().add("reason", INTERRUPTED).build();
        for (UUID runId : unfinished) {
            journal.append(runId, RunEventType.FAILED, reason);
        }
        if (!unfinished.isEmpty()) {
            LOG.info(() -> unfinished.size() + " research run(s) left unfinished by the last shutdown marked failed");
        }
    }
}
