package io.gatehouse.audit.control;

import io.gatehouse.kernel.StartupEvent;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Keeps the audit trail for {@code AUDIT_RETENTION_DAYS} days (0 keeps it forever): a sweep a minute after
 * start-up, then once a day, deletes older events. A negative value stops the deployment at start-up.
 */
@ApplicationScoped
public class AuditRetention {

    private static final Logger LOG = Logger.getLogger(AuditRetention.class.getName());
    private static final long DAY_MINUTES = TimeUnit.DAYS.toMinutes(1);

    @Inject
    @ConfigProperty(name = "audit.retention-days", defaultValue = "90")
    int retentionDays;

    @Inject
    AuditRows rows;

    @Inject
    Clock clock;

    @Resource
    ManagedScheduledExecutorService scheduler;

    void onStart(@Observes StartupEvent event) {
        if (retentionDays < 0) {
            String message = "Gatehouse refuses to start: AUDIT_RETENTION_DAYS must be 0 (keep forever) or more, got " + retentionDays;
            LOG.severe(message);
            throw new IllegalStateException(message);
        }
        if (retentionDays > 0) {
            scheduler.scheduleAtFixedRate(this::sweep, 1, DAY_MINUTES, TimeUnit.MINUTES);
        }
        LOG.info(() -> retentionDays == 0 ? "Audit trail kept forever (AUDIT_RETENTION_DAYS=0)"
                : "Audit trail kept " + retentionDays + " days");
    }

    void sweep() {
        try {
            int deleted = rows.deleteBefore(OffsetDateTime.now(clock).minusDays(retentionDays));
            LOG.info(() -> "Audit trail: " + deleted + " events older than " + retentionDays + " days deleted");
        } catch (RuntimeException e) {
            LOG.warning(() -> "Audit trail: the retention sweep failed, next try in a day: " + e);
        }
    }
}
