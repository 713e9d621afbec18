package io.gatehouse.testing;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import java.time.Instant;
import java.util.UUID;

/** Clerk webhook payloads as Clerk sends them, signed and delivered through {@link SvixWebhook}. */
public final class ClerkEvents {

    private ClerkEvents() {
    }

    /**
     * A session event ({@code session.ended}, {@code session.removed}, {@code session.revoked}): {@code data} is
     * Clerk's Session object.
     */
    public static String session(String type, String sessionId, String userId) {
        String status = type.substring("session.".length());
        long now = System.currentTimeMillis();
        return Json.createObjectBuilder().add("type", type).add("object", "event").add("timestamp", now)
                .add("data", Json.createObjectBuilder().add("id", sessionId).add("object", "session")
                        .add("user_id", userId).add("client_id", "client_1").add("status", status)
                        .add("created_at", now - 60_000).add("updated_at", now).add("last_active_at", now)
                        .add("expire_at", now + 86_400_000L).add("abandon_at", now + 86_400_000L))
                .build().toString();
    }

    /** A {@code user.updated} event carrying Clerk's {@code banned} and {@code locked} flags, changed at {@code updatedAt}. */
    public static String userFlags(String userId, boolean banned, boolean locked, long updatedAt) {
        JsonObjectBuilder user = Json.createObjectBuilder().add("id", userId).add("object", "user")
                .add("banned", banned).add("locked", locked).add("updated_at", updatedAt);
        return Json.createObjectBuilder().add("type", "user.updated").add("object", "event")
                .add("timestamp", updatedAt).add("data", user).build().toString();
    }

    /** A fresh Svix message id. */
    public static String messageId() {
        return "msg_" + UUID.randomUUID().toString().replace("-", "");
    }

    /** Delivers a payload to {@code POST /webhooks/clerk} signed with the endpoint's secret. */
    public static HttpReply deliver(GatehouseClient http, SvixWebhook svix, String body) {
        String id = messageId();
        long now = Instant.now().getEpochSecond();
        return http.post("/webhooks/clerk").json(body)
                .header("svix-id", id)
                .header("svix-timestamp", String.valueOf(now))
                .header("svix-signature", svix.signature(id, now, body))
                .send();
    }
}
