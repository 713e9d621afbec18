package io.gatehouse.webhooks.boundary;

import io.gatehouse.webhooks.control.ClerkWebhooks;
import io.gatehouse.http.boundary.BodyLimit;
import io.gatehouse.ratelimit.entity.Bucket;
import io.gatehouse.ratelimit.boundary.RateLimited;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Locale;
import java.util.Map;

/** {@code POST /webhooks/clerk}: Clerk's user events, authenticated by their Svix signature alone. */
@Path("/webhooks/clerk")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ClerkWebhookResource {

    /** Clerk's user events are a few kilobytes; anything far larger is not one. */
    static final int MAX_PAYLOAD = 256 * 1024;

    @Inject
    ClerkWebhooks webhooks;

    @POST
    @PermitAll
    @RateLimited(Bucket.WEBHOOKS)
    @BodyLimit(MAX_PAYLOAD)
    public Map<String, Object> receive(String payload, @HeaderParam("svix-id") String svixId,
            @HeaderParam("svix-timestamp") String svixTimestamp, @HeaderParam("svix-signature") String svixSignature) {
        String body = payload == null ? "" : payload;
        ClerkWebhooks.Outcome outcome = webhooks.receive(body, svixId, svixTimestamp, svixSignature);
        return Map.of("received", true, "outcome", outcome.name().toLowerCase(Locale.ROOT));
    }
}
