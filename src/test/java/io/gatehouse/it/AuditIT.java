package io.gatehouse.it;

import static io.gatehouse.it.MissionControlIT.assertMissionControlProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.gatehouse.testing.HttpReply;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/**
 * The audit trail over HTTP: the security events a client causes show up in {@code GET /api/v1/audit} (written
 * asynchronously, so the test polls with a deadline), newest first, in keyset pages, for super-admins only
 * ({@code SUPER_ADMIN_USER_IDS} here), and never with a token, a hash or an email in them.
 */
class AuditIT extends SecretsDeployment {

    static final String ADMIN = AUDITOR;
    private static final Duration DEADLINE = Duration.ofSeconds(30);
    private static final SecureRandom RANDOM = new SecureRandom();

    private static String adminJwt() {
        return clerk().token().subject(ADMIN).sign();
    }

    private HttpReply audit(String query, String token) {
        return http().get("/api/v1/audit" + query).bearer(token).send();
    }

    @Test
    void everySecurityEventIsRecordedWithoutTokensOrEmails() throws Exception {
        String userId = newUserId();
        String jwt = clerk().token().subject(userId).claim("email", "audited@example.com").claim("name", "Audited").sign();
        String session = http().sessionToken(jwt);
        String principal = me(session).getString("id");
        String device = newDeviceId();
        String anonymous = http().anonymousToken(device);
        for (int i = 0; i < 2; i++) {
            assertEquals(201, http().post("/projects").bearer(anonymous).json("{\"name\": \"p" + i + "\"}").send().status());
        }
        HttpReply rebound = http().post("/auth/rebind").bearer(session).json("{\"device_id\": \"" + device + "\"}").send();
        assertEquals(2, rebound.json().getInt("rows_updated"), rebound::toString);
        String anonymousPrincipal = rebound.json().getString("anon_uuid");
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        String forged = "msc_" + Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        assertEquals(401, http().get("/projects").bearer(forged).send().status());
        String webhookUser = newUserId();
        assertEquals("applied", deliverUserCreated(webhookUser).json().getString("outcome"));
        assertEquals(200, http().delete("/auth/session").bearer(session).send().status());
        String leaving = newUserId();
        String leavingJwt = clerk().token().subject(leaving).sign();
        String leavingPrincipal = me(leavingJwt).getString("id");
        assertEquals(204, http().delete("/api/v1/users/me").bearer(leavingJwt).send().status());

        JsonObject exchange = awaitEvent("session.exchange", e -> principal.equals(text(e, "principal_id")));
        String sessionId = text(exchange, "session_id");
        assertNotNull(sessionId, exchange::toString);
        assertEquals("credential=clerk_jwt", text(exchange, "detail"));
        assertNotNull(text(exchange, "ip"), exchange::toString);
        assertTrue(Instant.parse(text(exchange, "occurred_at")).isAfter(Instant.now().minus(Duration.ofMinutes(5))), exchange::toString);

        JsonObject mint = awaitEvent("session.anonymous", e -> anonymousPrincipal.equals(text(e, "principal_id")));
        assertNotNull(text(mint, "session_id"), mint::toString);

        JsonObject rebind = awaitEvent("session.rebind", e -> principal.equals(text(e, "principal_id")));
        assertEquals("rebound", text(rebind, "reason"));
        assertEquals("rows_moved=2 anonymous=" + anonymousPrincipal.substring(0, 8) + " proof=no", text(rebind, "detail"));
        assertEquals(sessionId, text(rebind, "session_id"), "the session the rebind came with");
        JsonObject deviceRevoked = awaitEvent("session.revoke", e -> anonymousPrincipal.equals(text(e, "principal_id")));
        assertEquals(text(mint, "session_id"), text(deviceRevoked, "session_id"), "the rebind revoked the device's session");
        assertEquals("kind=anonymous", text(deviceRevoked, "detail"));

        JsonObject logout = awaitEvent("session.logout", e -> principal.equals(text(e, "principal_id")));
        assertEquals(sessionId, text(logout, "session_id"));
        awaitEvent("session.revoke", e -> sessionId.equals(text(e, "session_id")) && "kind=clerk".equals(text(e, "detail")));

        JsonObject refused = awaitEvent("token.refused", e -> text(e, "detail").contains("unknown session token"));
        assertEquals("invalid_token", text(refused, "reason"));
        assertEquals("count=1 credential=session message=\"Invalid token: unknown session token\"", text(refused, "detail"),
                "one refusal from this address in its window, counted");
        assertNull(text(refused, "principal_id"));
        assertNull(text(refused, "session_id"));

        JsonObject webhook = awaitEvent("webhook.delivery",
                e -> ("clerk_event=user.created clerk_id=" + webhookUser.substring(0, 12) + "…").equals(text(e, "detail")));
        assertEquals("applied", text(webhook, "reason"));

        JsonObject deletion = awaitEvent("user.delete", e -> leavingPrincipal.equals(text(e, "principal_id")));
        assertEquals("self", text(deletion, "reason"));

        String everything = String.join("\n", allPages(50));
        for (String secret : List.of(jwt, session, anonymous, forged, leavingJwt, sha256(session), sha256(anonymous), sha256(forged),
                device, "audited@example.com", userId, webhookUser)) {
            assertFalse(everything.contains(secret), () -> "the audit trail shows " + secret);
        }
    }

    @Test
    void everyRevocationIsRecordedWhateverItsCause() throws Exception {
        String userId = newUserId();
        String jwt = clerk().token().subject(userId).sign();
        String principal = me(jwt).getString("id");
        JsonObject agent = http().post("/api/v1/agents").bearer(jwt).json("{\"name\": \"bot\"}").send().json();
        assertEquals(204, http().delete("/api/v1/agents/" + agent.getString("id")).bearer(jwt).send().status());
        String session = http().sessionToken(jwt);
        String service = "Basic " + Base64.getEncoder().encodeToString(("billing:" + SERVICE_SECRET).getBytes(StandardCharsets.UTF_8));
        assertEquals(200, http().post("/auth/revoke").header("Authorization", service)
                .body("application/x-www-form-urlencoded", "token=" + session).send().status());
        String keptAgent = http().post("/api/v1/agents").bearer(jwt).json("{\"name\": \"kept\"}").send().json().getString("id");
        String lastSession = http().sessionToken(jwt);
        assertEquals("applied", deliverUserDeleted(userId).json().getString("outcome"));

        JsonObject byOwner = awaitEvent("agent_token.revoke", e -> agent.getString("id").equals(text(e, "session_id")));
        assertEquals(principal, text(byOwner, "principal_id"));
        assertEquals("kind=agent", text(byOwner, "detail"));
        JsonObject byService = awaitEvent("token.revoke", e -> principal.equals(text(e, "principal_id")));
        assertEquals("rfc7009", text(byService, "reason"));
        assertEquals("credential=session", text(byService, "detail"));
        String revokedSession = text(byService, "session_id");
        awaitEvent("session.revoke", e -> revokedSession.equals(text(e, "session_id")));
        JsonObject deleted = awaitEvent("user.delete", e -> principal.equals(text(e, "principal_id")));
        assertEquals("clerk_webhook", text(deleted, "reason"));
        awaitEvent("agent_token.revoke", e -> keptAgent.equals(text(e, "session_id")));
        JsonObject exchanged = awaitEvent("session.exchange",
                e -> principal.equals(text(e, "principal_id")) && !revokedSession.equals(text(e, "session_id")));
        awaitEvent("session.revoke", e -> text(exchanged, "session_id").equals(text(e, "session_id")));

        String everything = String.join("\n", allPages(200));
        for (String secret : List.of(agent.getString("token"), session, lastSession, sha256(session), SERVICE_SECRET)) {
            assertFalse(everything.contains(secret), () -> "the audit trail shows " + secret);
        }
    }

    @Test
    void pagesFollowEachOtherNewestFirstWithoutRepeats() {
        for (int i = 0; i < 5; i++) {
            http().anonymousToken(newDeviceId());
        }
        awaitCount("?type=session.anonymous&limit=200", 5);
        HttpReply whole = audit("?limit=200", adminJwt());
        assertEquals(200, whole.status(), whole::toString);
        Set<String> before = new HashSet<>(ids(whole.json()));

        HttpReply first = audit("?limit=2", adminJwt());
        JsonObject firstPage = first.json();
        assertEquals(2, firstPage.getJsonArray("events").size(), first::toString);
        assertTrue(firstPage.get("next_cursor") instanceof JsonString, first::toString);
        HttpReply second = audit("?limit=2&cursor=" + firstPage.getString("next_cursor"), adminJwt());
        assertEquals(200, second.status(), second::toString);
        List<String> firstIds = ids(firstPage);
        List<String> secondIds = ids(second.json());
        assertEquals(2, secondIds.size(), second::toString);
        assertTrue(secondIds.stream().noneMatch(firstIds::contains), "no event on two pages");
        assertFalse(occurredAt(second.json(), 0).isAfter(occurredAt(firstPage, 1)), "the second page is older");

        List<String> walked = new ArrayList<>();
        for (String page : allPages(3)) {
            walked.addAll(ids(Json.createReader(new StringReader(page)).readObject()));
        }
        assertEquals(walked.size(), new HashSet<>(walked).size(), "no event twice: " + walked);
        assertTrue(walked.containsAll(before), "every event of the single page appears while walking pages of 3");

        HttpReply mints = audit("?type=session.anonymous&limit=3", adminJwt());
        JsonObject mintPage = mints.json();
        assertTrue(mintPage.getJsonArray("events").stream()
                .allMatch(e -> "session.anonymous".equals(e.asJsonObject().getString("type"))), mints::toString);
        HttpReply moreMints = audit("?type=session.anonymous&limit=3&cursor=" + mintPage.getString("next_cursor"), adminJwt());
        assertTrue(moreMints.json().getJsonArray("events").stream()
                .allMatch(e -> "session.anonymous".equals(e.asJsonObject().getString("type"))), moreMints::toString);
    }

    @Test
    void onlySuperAdminsReadTheTrail() {
        assertEquals(200, audit("", http().sessionToken(adminJwt())).status(), "a super-admin's session token works too");

        String forbidden = "Forbidden: the audit trail is only available to super-admins";
        assertMissionControlProblem(audit("", userJwt()), 403, "forbidden", forbidden);
        assertMissionControlProblem(audit("", http().sessionToken(userJwt())), 403, "forbidden", forbidden);
        assertMissionControlProblem(audit("", http().anonymousToken(newDeviceId())), 403, "forbidden",
                "Forbidden: this endpoint is not available to this caller");
        assertMissionControlProblem(http().get("/api/v1/audit").send(), 401, "unauthorized", "Not authenticated");
        assertMissionControlProblem(audit("?limit=abc", userJwt()), 403, "forbidden", forbidden);

        assertTrue(me(adminJwt()).getBoolean("is_super_admin"), "the user document agrees with SUPER_ADMIN_USER_IDS");
        assertFalse(me(userJwt()).getBoolean("is_super_admin"));
    }

    @Test
    void badLimitsCursorsAndTypesAreInvalidRequests() {
        String admin = adminJwt();
        assertMissionControlProblem(audit("?limit=0", admin), 422, "invalid_request",
                "limit must be a positive integer (at most 200 are returned)");
        assertMissionControlProblem(audit("?limit=-3", admin), 422, "invalid_request",
                "limit must be a positive integer (at most 200 are returned)");
        assertMissionControlProblem(audit("?cursor=bm90LWEtY3Vyc29y", admin), 422, "invalid_request",
                "cursor is not valid; pass next_cursor of the previous page unchanged");
        assertEquals(422, audit("?type=session.stolen", admin).status());
        HttpReply capped = audit("?limit=5000", admin);
        assertEquals(200, capped.status(), capped::toString);
        assertTrue(capped.json().getJsonArray("events").size() <= 200, capped::toString);
    }

    private JsonObject me(String token) {
        HttpReply reply = http().get("/api/v1/users/me").bearer(token).send();
        assertEquals(200, reply.status(), reply::toString);
        return reply.json();
    }

    private HttpReply deliverUserCreated(String userId) {
        String body = Json.createObjectBuilder().add("type", "user.created").add("object", "event")
                .add("timestamp", System.currentTimeMillis())
                .add("data", Json.createObjectBuilder().add("id", userId).add("object", "user")
                        .add("first_name", "Web").add("last_name", "Hook").add("updated_at", System.currentTimeMillis()))
                .build().toString();
        return deliver(body);
    }

    private HttpReply deliver(String body) {
        String messageId = "msg_" + UUID.randomUUID().toString().replace("-", "");
        long now = Instant.now().getEpochSecond();
        return http().post("/webhooks/clerk").json(body)
                .header("svix-id", messageId)
                .header("svix-timestamp", String.valueOf(now))
                .header("svix-signature", SVIX.signature(messageId, now, body))
                .send();
    }

    private HttpReply deliverUserDeleted(String userId) {
        String body = Json.createObjectBuilder().add("type", "user.deleted").add("object", "event")
                .add("timestamp", System.currentTimeMillis())
                .add("data", Json.createObjectBuilder().add("id", userId).add("object", "user").add("deleted", true))
                .build().toString();
        return deliver(body);
    }

    /** Polls the trail (written asynchronously) until an event of the type matches, or fails at the deadline. */
    private JsonObject awaitEvent(String type, Predicate<JsonObject> wanted) {
        long deadline = System.nanoTime() + DEADLINE.toNanos();
        while (true) {
            HttpReply reply = audit("?limit=200&type=" + type, adminJwt());
            assertEquals(200, reply.status(), reply::toString);
            for (JsonValue event : reply.json().getJsonArray("events")) {
                if (wanted.test(event.asJsonObject())) {
                    assertEquals(type, event.asJsonObject().getString("type"));
                    return event.asJsonObject();
                }
            }
            if (System.nanoTime() > deadline) {
                fail("no matching " + type + " event within " + DEADLINE + ": " + reply);
            }
            pause();
        }
    }

    private void awaitCount(String query, int atLeast) {
        long deadline = System.nanoTime() + DEADLINE.toNanos();
        while (audit(query, adminJwt()).json().getJsonArray("events").size() < atLeast) {
            if (System.nanoTime() > deadline) {
                fail("fewer than " + atLeast + " events within " + DEADLINE);
            }
            pause();
        }
    }

    /** Every page's body, following next_cursor from the newest. */
    private List<String> allPages(int limit) {
        List<String> bodies = new ArrayList<>();
        String query = "?limit=" + limit;
        while (true) {
            HttpReply reply = audit(query, adminJwt());
            assertEquals(200, reply.status(), reply::toString);
            assertTrue(reply.json().getJsonArray("events").size() <= limit, reply::toString);
            bodies.add(reply.body());
            JsonValue next = reply.json().get("next_cursor");
            if (next == JsonValue.NULL) {
                return bodies;
            }
            query = "?limit=" + limit + "&cursor=" + ((JsonString) next).getString();
            assertTrue(bodies.size() < 10_000, "the pages never end");
        }
    }

    private static List<String> ids(JsonObject page) {
        return page.getJsonArray("events").stream().map(e -> e.asJsonObject().getString("id")).toList();
    }

    private static Instant occurredAt(JsonObject page, int index) {
        return Instant.parse(page.getJsonArray("events").getJsonObject(index).getString("occurred_at"));
    }

    private static String text(JsonObject event, String field) {
        JsonValue value = event.get(field);
        assertNotNull(value, () -> "no " + field + " in " + event);
        return value == JsonValue.NULL ? null : ((JsonString) value).getString();
    }

    private static String sha256(String token) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII)));
    }

    private static void pause() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
