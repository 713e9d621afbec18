package io.gatehouse.webhooks;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Receives a Clerk webhook: verify the signature, then apply the event once per Svix message id. */
@ApplicationScoped
public class ClerkWebhooks {

    @Inject
    SvixSignature signature;

    @Inject
    WebhookDeliveries deliveries;

    /** What happened to a delivery. */
    public enum Outcome {
        APPLIED,
        IGNORED,
        DUPLICATE
    }

    public Outcome receive(String payload, String svixId, String svixTimestamp, String svixSignature) {
        signature.verify(payload, svixId, svixTimestamp, svixSignature);
        ClerkEvent event = ClerkEvent.parse(payload);
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
