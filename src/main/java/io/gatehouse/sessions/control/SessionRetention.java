package io.gatehouse.sessions.control;

import io.gatehouse.persistence.control.RetentionSweeps;
import io.gatehouse.kernel.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
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

    private static final String DELETE_BATCH = "DELETE FROM sessions WHERE id IN (SELECT id FROM sessions"
            + " WHERE expires_at < ? AND (expires_at < ? OR revoked_at < ?)"
            + " FETCH FIRST " + RetentionSweeps.BATCH + " ROWS ONLY FOR UPDATE SKIP LOCKED)";

    @Inject
    @ConfigProperty(name = "session.retention-days", defaultValue = "30")
    int retentionDays;

    @PersistenceContext
    EntityManager em;

    @Inject
    SessionSettings settings;

    @Inject
    Clock clock;

    @Inject
    RetentionSweeps sweeps;

    void onStart(@Observes StartupEvent event, SessionRetention self) {
        if (retentionDays < 1) {
            String message = "Gatehouse refuses to start: SESSION_RETENTION_DAYS must be at least 1, got " + retentionDays;
            LOG.severe(message);
            throw new IllegalStateException(message);
        }
        sweeps.schedule("sessions revoked or expired more than " + retentionDays + " days ago",
                () -> self.deleteBatch(clock.instant().minus(Duration.ofDays(retentionDays))));
    }

    /** Deletes up to a batch of sessions that ended before {@code cutoff}, in a transaction of its own; returns how many. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int deleteBatch(Instant cutoff) {
        return em.createNativeQuery(DELETE_BATCH)
                .setParameter(1, RetentionSweeps.timestamp(cutoff.plusSeconds(settings.maxAgeSeconds())))
                .setParameter(2, RetentionSweeps.timestamp(cutoff))
                .setParameter(3, RetentionSweeps.timestamp(cutoff))
                .executeUpdate();
    }
}
