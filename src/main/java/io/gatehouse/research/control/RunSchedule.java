package io.gatehouse.research.control;

import io.gatehouse.research.entity.RunEventType;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.UUID;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Executes runs, simulated: {@code started}, then {@code RESEARCH_STEPS} {@code progress} events
 * {@code RESEARCH_STEP_MILLIS} apart, then {@code completed}. Each step is a short task on the managed scheduled
 * executor (a {@code ManagedExecutorService} that can delay), so a waiting run holds no thread. A step that finds
 * its run finished (cancelled) or gone stops the run; a step that fails ends it with {@code failed}.
 */
@ApplicationScoped
public class RunSchedule {

    private static final Logger LOG = Logger.getLogger(RunSchedule.class.getName());

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    RunJournal journal;

    @Inject
    ResearchSettings settings;

    public void launch(UUID runId) {
        schedule(runId, 0, 0);
    }

    private void schedule(UUID runId, int step, long delayMillis) {
        try {
            scheduler.schedule(() -> step(runId, step), delayMillis, TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException shuttingDown) {
            fail(runId, "Gatehouse is shutting down", shuttingDown);
        }
    }

    void step(UUID runId, int step) {
        int steps = settings.steps();
        try {
            boolean going = step == 0
                    ? journal.append(runId, RunEventType.STARTED, Json.createObjectBuilder().add("steps", steps).build())
                            .isPresent()
                    : journal.append(runId, RunEventType.PROGRESS, progress(step, steps)).isPresent();
            if (!going) {
                return;
            }
            if (step < steps) {
                schedule(runId, step + 1, settings.stepMillis());
            } else {
                journal.append(runId, RunEventType.COMPLETED, Json.createObjectBuilder().add("steps", steps).build());
            }
        } catch (RuntimeException e) {
            fail(runId, "Internal error during step " + step, e);
        }
    }

    private static JsonObject progress(int step, int steps) {
        return Json.createObjectBuilder()
                .add("step", step)
                .add("steps", steps)
                .add("message", "Step " + step + " of " + steps)
                .build();
    }

    private void fail(UUID runId, String reason, Exception cause) {
        LOG.log(Level.WARNING, "Research run " + runId + " failed: " + reason, cause);
        try {
            journal.append(runId, RunEventType.FAILED, Json.createObjectBuilder().add("reason", reason).build());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not record the failure of research run " + runId
                    + "; the next start-up marks it failed", e);
        }
    }
}
