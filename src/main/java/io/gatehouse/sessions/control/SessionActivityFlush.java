package io.gatehouse.sessions.control;

import io.gatehouse.kernel.StartupEvent;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Moves the uses {@link SessionActivity} recorded to the database every {@code SESSION_ACTIVITY_FLUSH_SECONDS}
 * and once more when the application stops, in batches of {@value #BATCH} rows per transaction. A failed
 * write keeps its uses pending for the next flush; a crash loses at most one interval of them.
 */
@ApplicationScoped
public class SessionActivityFlush {

    static final int BATCH = 500;

    private static final Logger LOG = Logger.getLogger(SessionActivityFlush.class.getName());

    @Inject
    SessionActivity activity;

    @Inject
    SessionActivityStore store;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "session.activity-flush-seconds", defaultValue = "60")
    int intervalSeconds;

    @Resource
    ManagedScheduledExecutorService scheduler;

    private ScheduledFuture<?> task;

    void onStart(@Observes StartupEvent event) {
        long interval = Math.max(1, intervalSeconds);
        task = scheduler.scheduleWithFixedDelay(this::flushQuietly, interval, interval, TimeUnit.SECONDS);
    }

    @PreDestroy
    void stop() {
        if (task != null) {
            task.cancel(false);
        }
        flushQuietly();
    }

    /** Writes every pending use; returns how many were written. */
    int flush() {
        List<SessionActivity.Seen> pending = activity.pending(clock.millis());
        for (int from = 0; from < pending.size(); from += BATCH) {
            List<SessionActivity.Seen> batch = pending.subList(from, Math.min(pending.size(), from + BATCH));
            store.write(batch);
            activity.flushed(batch);
        }
        return pending.size();
    }

    private void flushQuietly() {
        try {
            flush();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not write the sessions' last use; retrying at the next flush", e);
        }
    }
}
