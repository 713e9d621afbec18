package io.gatehouse.webhooks.control;

import io.gatehouse.webhooks.entity.WebhookException;
import io.gatehouse.kernel.FeatureException.Reason;
import com.standardwebhooks.Webhook;
import com.standardwebhooks.exceptions.WebhookVerificationException;
import io.gatehouse.clerk.control.ClerkSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;

/**
 * Checks the Svix signature of a Clerk webhook with the Standard Webhooks library (the scheme Svix signs
 * with): HMAC-SHA256 over {@code id.timestamp.body} under {@code CLERK_WEBHOOK_SECRET}, any of several
 * {@code v1,} signatures, compared in constant time, the timestamp within 5 minutes of now.
 */
@ApplicationScoped
public class SvixSignature {

    @Inject
    ClerkSettings settings;

    public void verify(String payload, String svixId, String svixTimestamp, String svixSignature) {
        String secret = settings.webhookSecret()
                .orElseThrow(() -> new WebhookException(Reason.UNAVAILABLE, "webhooks_not_configured",
                        "Clerk webhooks are not configured: set CLERK_WEBHOOK_SECRET"));
        if (blank(svixId) || blank(svixTimestamp) || blank(svixSignature)) {
            throw new WebhookException(Reason.INVALID, "missing_signature", "Missing svix-id, svix-timestamp or svix-signature header");
        }
        try {
            new Webhook(secret).verify(payload, Map.of(
                    "webhook-id", List.of(svixId),
                    "webhook-timestamp", List.of(svixTimestamp),
                    "webhook-signature", List.of(svixSignature)));
        } catch (WebhookVerificationException e) {
            throw new WebhookException(Reason.UNAUTHENTICATED, "invalid_signature", "Invalid webhook signature: " + e.getMessage());
        } catch (IllegalArgumentException e) {
            throw new WebhookException(Reason.UNAVAILABLE, "webhooks_not_configured", "CLERK_WEBHOOK_SECRET is not a valid whsec_ secret");
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
