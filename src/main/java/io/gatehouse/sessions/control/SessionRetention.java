package io.gatehouse.sessions.control;

import io.gatehouse.persistence.control.BatchedDeletion;
import io.gatehouse.persistence.control.RetentionSweeps;
import io.gatehouse.kernel.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Deletes sessions revoked or expired more than {@code SESSION_RETENTION_DAYS} days ago, so ended sessions (anonymous
 * mints above all, which anyone can make) do not pile up. Nothing refers to a session row: the audit trail names it as
 * text, the activity flush updates rows that may be gone, and the cache forgets an expired session an hour after it
 * ended. Rows are picked by their expiry, an indexed column: a session never outlives its creation by more than
 * {@code SESSION_MAX_AGE_SECONDS}, so one revoked before the cut-off expired before the cut-off plus that age.
 */
@ApplicationScoped
public class SessionRetention {

    private static final Logger LOG = Logger.getLogger(SessionRetention.class.getName());

    private static final BatchedDeletion.Rows ENDED = new BatchedDeletion.Rows("sessions", "id", "UUID",
            "expires_at < ? AND (expires_at < ? OR revoked_at < ?)");

    @Inject
    @ConfigProperty(name = "session.retention-days", defaultValue = "30")
    int retentionDays;

    @Inject
    SessionSettings settings;

    @Inject
    RetentionSweeps sweeps;

    @Inject
    BatchedDeletion deletion;

    void onStart(@Observes StartupEvent event) {
        sweeps.scheduleDays(LOG, "SESSION_RETENTION_DAYS", retentionDays,
                "sessions revoked or expired more than " + retentionDays + " days ago",
                cutoff -> deletion.deleteBatch(ENDED,
                        RetentionSweeps.timestamp(cutoff.plusSeconds(settings.maxAgeSeconds())),
                        RetentionSweeps.timestamp(cutoff), RetentionSweeps.timestamp(cutoff)));
    }
}
