package io.gatehouse.webhooks.control;

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
 * Forgets applied webhook deliveries after {@code WEBHOOK_DELIVERY_RETENTION_DAYS} days. A delivery is kept only so a
 * retry of the same {@code svix-id} does nothing, and Svix's retry schedule ends about 28 hours after a message's first
 * attempt (the week leaves room for a manual replay from Clerk's dashboard). An event replayed after that is applied
 * again, which changes nothing newer data would not: users are ordered by Clerk's {@code updated_at}, and ending a
 * Clerk session twice ends it once.
 */
@ApplicationScoped
public class DeliveryRetention {

    private static final Logger LOG = Logger.getLogger(DeliveryRetention.class.getName());

    private static final String DELETE_BATCH = "DELETE FROM webhook_deliveries WHERE svix_id IN (SELECT svix_id"
            + " FROM webhook_deliveries WHERE received_at < ?"
            + " FETCH FIRST " + RetentionSweeps.BATCH + " ROWS ONLY FOR UPDATE SKIP LOCKED)";

    @Inject
    @ConfigProperty(name = "webhook.delivery-retention-days", defaultValue = "7")
    int retentionDays;

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    RetentionSweeps sweeps;

    void onStart(@Observes StartupEvent event, DeliveryRetention self) {
        if (retentionDays < 1) {
            String message = "Gatehouse refuses to start: WEBHOOK_DELIVERY_RETENTION_DAYS must be at least 1, got "
                    + retentionDays;
            LOG.severe(message);
            throw new IllegalStateException(message);
        }
        sweeps.schedule("webhook deliveries older than " + retentionDays + " days",
                () -> self.deleteBatch(clock.instant().minus(Duration.ofDays(retentionDays))));
    }

    /** Deletes up to a batch of deliveries received before {@code cutoff}, in a transaction of its own. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int deleteBatch(Instant cutoff) {
        return em.createNativeQuery(DELETE_BATCH)
                .setParameter(1, RetentionSweeps.timestamp(cutoff))
                .executeUpdate();
    }
}
