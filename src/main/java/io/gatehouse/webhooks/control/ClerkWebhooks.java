package io.gatehouse.webhooks.control;

import io.gatehouse.webhooks.entity.WebhookException;
import io.gatehouse.kernel.SecurityEvent;
import io.gatehouse.kernel.SecurityEvents;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Locale;

/** Receives a Clerk webhook: verify the signature, then apply the event once per Svix message id. */
@ApplicationScoped
public class ClerkWebhooks {

    @Inject
    SvixSignature signature;

    @Inject
    WebhookDeliveries deliveries;

    @Inject
    SecurityEvents audit;

    /** What happened to a delivery. */
    public enum Outcome {
        APPLIED,
        IGNORED,
        DUPLICATE
    }

    /** Handles one delivery and reports it to the audit trail: its outcome, or why it was refused. */
    public Outcome receive(String payload, String svixId, String svixTimestamp, String svixSignature) {
        try {
            signature.verify(payload, svixId, svixTimestamp, svixSignature);
        } catch (WebhookException refused) {
            audit.fire(SecurityEvent.webhook(null, null, refused.code()));
            throw refused;
        }
        ClerkEvent event = ClerkEvent.parse(payload);
        Outcome outcome = applyOnce(svixId, event);
        audit.fire(SecurityEvent.webhook(event.type(), event.auditedId(), outcome.name().toLowerCase(Locale.ROOT)));
        return outcome;
    }

    private Outcome applyOnce(String svixId, ClerkEvent event) {
        if (deliveries.seen(svixId)) {
            return Outcome.DUPLICATE;
        }
        try {
            return deliveries.apply(svixId, event) ? Outcome.APPLIED : Outcome.IGNORED;
        } catch (RuntimeException e) {
            if (deliveries.seen(svixId)) {
                return Outcome.DUPLICATE;
            }
            throw e;
        }
    }
}
