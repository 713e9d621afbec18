package io.gatehouse.webhooks.control;

import io.gatehouse.persistence.control.BatchedDeletion;
import io.gatehouse.persistence.control.RetentionSweeps;
import io.gatehouse.kernel.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
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

    private static final BatchedDeletion.Rows OLD =
            new BatchedDeletion.Rows("webhook_deliveries", "svix_id", "VARCHAR(128)", "received_at < ?");

    @Inject
    @ConfigProperty(name = "webhook.delivery-retention-days", defaultValue = "7")
    int retentionDays;

    @Inject
    RetentionSweeps sweeps;

    @Inject
    BatchedDeletion deletion;

    void onStart(@Observes StartupEvent event) {
        sweeps.scheduleDays(LOG, "WEBHOOK_DELIVERY_RETENTION_DAYS", retentionDays,
                "webhook deliveries older than " + retentionDays + " days",
                cutoff -> deletion.deleteBatch(OLD, RetentionSweeps.timestamp(cutoff)));
    }
}
