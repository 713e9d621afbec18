package io.gatehouse.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gatehouse.testing.HttpReply;
import io.gatehouse.testing.SvixWebhook;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * {@code POST /webhooks/clerk}: Svix-signed user events, applied once and in order. The deployment also
 * turns {@code CLERK_DELETE_USERS} off.
 */
class ClerkWebhookIT extends SecretsDeployment {

    @AfterEach
    void restoreClerk() {
        clerk().reset();
    }

    private static String userEvent(String type, String userId, String email, String first, String last, long updatedAt) {
        return Json.createObjectBuilder()
                .add("type", type)
                .add("object", "event")
                .add("timestamp", updatedAt)
                .add("data", Json.createObjectBuilder()
                        .add("id", userId).add("object", "user")
                        .add("first_name", first).add("last_name", last)
                        .add("primary_email_address_id", "idn_b")
                        .add("email_addresses", Json.createArrayBuilder()
                                .add(Json.createObjectBuilder().add("id", "idn_a").add("email_address", "old-" + email))
                                .add(Json.createObjectBuilder().add("id", "idn_b").add("email_address", email)))
                        .add("updated_at", updatedAt))
                .build().toString();
    }

    private static String deletedEvent(String userId) {
        return Json.createObjectBuilder().add("type", "user.deleted").add("object", "event")
                .add("timestamp", System.currentTimeMillis())
                .add("data", Json.createObjectBuilder().add("id", userId).add("object", "user").add("deleted", true))
                .build().toString();
    }

    private HttpReply deliver(String messageId, String body) {
        long now = Instant.now().getEpochSecond();
        return deliver(messageId, now, SVIX.signature(messageId, now, body), body);
    }

    private HttpReply deliver(String messageId, long timestamp, String signature, String body) {
        return http().post("/webhooks/clerk").json(body)
                .header("svix-id", messageId)
                .header("svix-timestamp", String.valueOf(timestamp))
                .header("svix-signature", signature)
                .send();
    }

    private static String messageId() {
        return "msg_" + UUID.randomUUID().toString().replace("-", "");
    }

    /** The user document as a token without profile claims sees it (so only the stored row speaks). */
    private JsonObject stored(String userId) {
        HttpReply reply = http().get("/api/v1/users/me").bearer(clerk().token().subject(userId).sign()).send();
        assertEquals(200, reply.status(), reply::toString);
        return reply.json();
    }

    @Test
    void userCreatedCreatesTheUserFromTheEvent() {
        String userId = newUserId();
        HttpReply reply = deliver(messageId(), userEvent("user.created", userId, "Ada@Example.com", "Ada", "Lovelace",
                System.currentTimeMillis()));

        assertEquals(200, reply.status(), reply::toString);
        assertEquals("applied", reply.json().getString("outcome"));
        int backendBefore = clerk().backendRequests();
        JsonObject user = stored(userId);
        assertEquals("ada@example.com", user.getString("email"));
        assertEquals("Ada Lovelace", user.getString("name"));
        assertEquals(backendBefore, clerk().backendRequests(), "the webhook already gave email and name");
    }

    @Test
    void userUpdatedSyncsEmailAndNameButNeverGoesBackInTime() {
        String userId = newUserId();
        long t0 = System.currentTimeMillis();
        deliver(messageId(), userEvent("user.created", userId, "first@example.com", "First", "Name", t0));

        assertEquals("applied", deliver(messageId(), userEvent("user.updated", userId, "second@example.com", "Second", "Name", t0 + 2000))
                .json().getString("outcome"));
        assertEquals("second@example.com", stored(userId).getString("email"));
        assertEquals("Second Name", stored(userId).getString("name"));

        HttpReply late = deliver(messageId(), userEvent("user.updated", userId, "stale@example.com", "Stale", "Name", t0 + 1000));
        assertEquals(200, late.status(), late::toString);
        assertEquals("ignored", late.json().getString("outcome"));
        assertEquals("second@example.com", stored(userId).getString("email"), "an older event does not overwrite newer data");
    }

    @Test
    void aRetriedDeliveryIsAcknowledgedAndDoesNothing() {
        String userId = newUserId();
        long t0 = System.currentTimeMillis();
        deliver(messageId(), userEvent("user.created", userId, "one@example.com", "One", "User", t0));
        String retried = messageId();
        assertEquals("applied", deliver(retried, userEvent("user.updated", userId, "two@example.com", "Two", "User", t0 + 1000))
                .json().getString("outcome"));

        HttpReply again = deliver(retried, userEvent("user.updated", userId, "three@example.com", "Three", "User", t0 + 2000));

        assertEquals(200, again.status(), again::toString);
        assertEquals("duplicate", again.json().getString("outcome"));
        assertEquals("two@example.com", stored(userId).getString("email"));
    }

    @Test
    void userDeletedDeletesLocallyAndRevokesSessionsWithoutCallingClerk() {
        String userId = newUserId();
        String session = http().sessionToken(clerk().token().subject(userId).claim("email", "gone@example.com").claim("name", "Gone").sign());
        assertEquals(201, http().post("/projects").bearer(session).json("{\"name\": \"p\"}").send().status());

        HttpReply reply = deliver(messageId(), deletedEvent(userId));

        assertEquals("applied", reply.json().getString("outcome"), reply::toString);
        assertEquals(401, http().get("/projects").bearer(session).send().status());
        assertTrue(clerk().deletedUsers().stream().noneMatch(userId::equals), "Clerk is not called back");
        assertEquals("ignored", deliver(messageId(), deletedEvent(userId)).json().getString("outcome"), "already gone");
    }

    @Test
    void badOrMissingSignaturesChangeNothing() {
        String userId = newUserId();
        long t0 = System.currentTimeMillis();
        deliver(messageId(), userEvent("user.created", userId, "safe@example.com", "Safe", "User", t0));
        String forged = userEvent("user.updated", userId, "attacker@example.com", "Evil", "User", t0 + 1000);
        long now = Instant.now().getEpochSecond();
        String id = messageId();

        SvixWebhook otherSecret = SvixWebhook.withNewSecret();
        assertEquals(401, deliver(id, now, otherSecret.signature(id, now, forged), forged).status(), "wrong secret");
        assertEquals(401, deliver(id, now, SVIX.signature(id, now, forged.replace("Evil", "Eve")), forged).status(), "tampered body");
        long old = now - 6 * 60;
        assertEquals(401, deliver(id, old, SVIX.signature(id, old, forged), forged).status(), "older than 5 minutes");
        long future = now + 6 * 60;
        assertEquals(401, deliver(id, future, SVIX.signature(id, future, forged), forged).status(), "newer than 5 minutes");
        HttpReply unsigned = http().post("/webhooks/clerk").json(forged).header("svix-id", id).send();
        assertEquals(400, unsigned.status(), unsigned::toString);
        assertEquals("Missing svix-id, svix-timestamp or svix-signature header", unsigned.detail());

        assertEquals("safe@example.com", stored(userId).getString("email"));
        HttpReply rotated = deliver(id, now, "v1,bm90LXRoZS1zaWduYXR1cmU= " + SVIX.signature(id, now, forged), forged);
        assertEquals(200, rotated.status(), "one matching signature among several is enough: " + rotated);
        assertEquals("attacker@example.com", stored(userId).getString("email"));
    }

    @Test
    void withClerkDeletionOffDeletingAnAccountDoesNotCallClerk() {
        String userId = newUserId();
        clerk().putUser(userId, "kept-in-clerk@example.com", "Kept", "There");
        String session = http().sessionToken(clerk().token().subject(userId).sign());

        assertEquals(204, http().delete("/api/v1/users/me").bearer(session).send().status());

        assertTrue(clerk().deletedUsers().stream().noneMatch(userId::equals));
        assertEquals(401, http().get("/projects").bearer(session).send().status());
    }
}
