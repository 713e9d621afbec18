package io.gatehouse.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gatehouse.kernel.TokenHash;
import io.gatehouse.testing.HttpReply;
import jakarta.json.JsonObject;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * {@code GET /auth/sessions} and {@code DELETE /auth/sessions[/{id}]}: a caller's own active sessions, listed
 * newest first with the one in use marked, and revoked one at a time or all but the current one. The
 * deployment notes every use ({@code session.activity-granularity-seconds=0}) and flushes every second; its
 * database (an H2 file with {@code AUTO_SERVER}, or the PostgreSQL schema) is read directly to see the flush.
 */
class SessionsInventoryIT extends SecretsDeployment {

    private static final Set<String> FIELDS = Set.of("id", "kind", "created_at", "last_seen_at", "expires_at",
            "user_agent", "ip", "current");
    private static final String NOT_FOUND = "Session not found";

    private String exchange(String jwt, String userAgent) {
        HttpReply reply = http().post("/auth/session").bearer(jwt).header("User-Agent", userAgent).send();
        assertEquals(200, reply.status(), reply::toString);
        return reply.json().getString("token");
    }

    private List<JsonObject> sessions(String credential) {
        HttpReply reply = http().get("/auth/sessions").bearer(credential).send();
        assertEquals(200, reply.status(), reply::toString);
        assertEquals(Set.of("sessions"), reply.json().keySet(), reply::toString);
        return reply.json().getJsonArray("sessions").getValuesAs(JsonObject.class);
    }

    private JsonObject current(String token) {
        List<JsonObject> current = sessions(token).stream().filter(s -> s.getBoolean("current")).toList();
        assertEquals(1, current.size(), current::toString);
        return current.get(0);
    }

    private static JsonObject withUserAgent(List<JsonObject> sessions, String userAgent) {
        return sessions.stream().filter(s -> userAgent.equals(s.getString("user_agent", null))).findFirst()
                .orElseThrow(() -> new AssertionError("no session from " + userAgent + " in " + sessions));
    }

    private HttpReply revoke(String token, String id) {
        return http().delete("/auth/sessions/" + id).bearer(token).send();
    }

    private int status(String token) {
        return http().get("/projects").bearer(token).send().status();
    }

    private static List<String> ids(List<JsonObject> sessions) {
        return sessions.stream().map(s -> s.getString("id")).toList();
    }

    private static Instant instant(JsonObject session, String field) {
        return Instant.parse(session.getString(field));
    }

    @Test
    void theCallersSessionsAreListedNewestFirstWithTheCurrentOneMarked() {
        String jwt = userJwt();
        exchange(userJwt(), "Someone-Else/1.0");
        String first = exchange(jwt, "Browser-A/1.0");
        String second = exchange(jwt, "Browser-B/2.0");

        HttpReply reply = http().get("/auth/sessions").bearer(first).send();
        assertEquals(200, reply.status(), reply::toString);
        List<JsonObject> listed = reply.json().getJsonArray("sessions").getValuesAs(JsonObject.class);

        assertEquals(2, listed.size(), "only the caller's own: " + listed);
        assertEquals("Browser-B/2.0", listed.get(0).getString("user_agent"), "newest first");
        assertEquals("Browser-A/1.0", listed.get(1).getString("user_agent"));
        assertFalse(listed.get(0).getBoolean("current"));
        assertTrue(listed.get(1).getBoolean("current"), "the session this request used");
        for (JsonObject session : listed) {
            assertEquals(FIELDS, session.keySet(), session::toString);
            assertEquals("clerk", session.getString("kind"));
            UUID.fromString(session.getString("id"));
            assertFalse(session.getString("ip").isBlank(), session::toString);
            Instant created = instant(session, "created_at");
            assertTrue(Duration.between(created, Instant.now()).abs().toMinutes() < 2, session::toString);
            assertEquals(created.plusSeconds(1800), instant(session, "expires_at"), session::toString);
            assertFalse(instant(session, "last_seen_at").isBefore(created), session::toString);
        }
        assertTrue(instant(listed.get(0), "created_at").isAfter(instant(listed.get(1), "created_at")));
        for (String token : List.of(first, second)) {
            assertFalse(reply.body().contains(token.substring(4)), "no token in " + reply.body());
            assertFalse(reply.body().toLowerCase().contains(TokenHash.of(token).hex()), "no token hash in " + reply.body());
        }

        List<JsonObject> fromSecond = sessions(second);
        assertEquals(ids(listed), ids(fromSecond), "the same list from the other session");
        assertTrue(fromSecond.get(0).getBoolean("current"));
        assertFalse(fromSecond.get(1).getBoolean("current"));
    }

    @Test
    void anAnonymousDevicesSessionsAreListedWithTheirKind() {
        String device = newDeviceId();
        String first = http().anonymousToken(device);
        String second = http().anonymousToken(device);
        http().anonymousToken(newDeviceId());

        List<JsonObject> listed = sessions(second);

        assertEquals(2, listed.size(), listed::toString);
        assertTrue(listed.stream().allMatch(s -> s.getString("kind").equals("anonymous")), listed::toString);
        assertEquals(List.of(true, false), listed.stream().map(s -> s.getBoolean("current")).toList());
        assertEquals(current(first).getString("id"), listed.get(1).getString("id"));
    }

    @Test
    void lastSeenMovesWithUseAndReachesTheDatabase() throws Exception {
        String jwt = userJwt();
        String watcher = exchange(jwt, "Watcher");
        String used = exchange(jwt, "Used");
        exchange(jwt, "Idle");
        JsonObject before = withUserAgent(sessions(watcher), "Used");
        assertEquals(before.getString("created_at"), before.getString("last_seen_at"), "not used yet: " + before);

        assertEquals(200, status(used));

        JsonObject after = withUserAgent(sessions(watcher), "Used");
        Instant seen = instant(after, "last_seen_at");
        assertTrue(seen.isAfter(instant(before, "last_seen_at")), before + " then " + after);
        assertTrue(seen.isBefore(Instant.now().plusSeconds(60)), after::toString);
        assertEquals(before.getString("created_at"), after.getString("created_at"));

        UUID usedId = UUID.fromString(after.getString("id"));
        Instant deadline = Instant.now().plusSeconds(30);
        Instant stored = lastSeenInDatabase(usedId);
        while (!seen.equals(stored) && Instant.now().isBefore(deadline)) {
            Thread.sleep(100);
            stored = lastSeenInDatabase(usedId);
        }
        assertEquals(seen, stored, "the use reached sessions.last_seen_at within the flush interval");

        UUID idleId = UUID.fromString(withUserAgent(sessions(watcher), "Idle").getString("id"));
        assertEquals(createdAtInDatabase(idleId), lastSeenInDatabase(idleId), "an unused session: last seen when created");
    }

    @Test
    void deletingByIdRevokesThatSessionOnly() {
        String jwt = userJwt();
        String keeper = exchange(jwt, "Keeper");
        String victim = exchange(jwt, "Victim");
        String victimId = current(victim).getString("id");

        HttpReply reply = revoke(keeper, victimId);

        assertEquals(200, reply.status(), reply::toString);
        assertEquals(1, reply.json().getInt("revoked"), reply::toString);
        assertEquals(401, status(victim));
        assertEquals(200, status(keeper));
        assertEquals(List.of(current(keeper).getString("id")), ids(sessions(keeper)), "the revoked one is gone");
        assertProblem(revoke(keeper, victimId), 404, NOT_FOUND);
    }

    @Test
    void anotherPrincipalsSessionIsNotFoundAndStaysValid() {
        String mine = exchange(userJwt(), "Mine");
        String theirs = exchange(userJwt(), "Theirs");
        String device = http().anonymousToken(newDeviceId());
        String theirsId = current(theirs).getString("id");

        HttpReply another = revoke(mine, theirsId);
        HttpReply unknown = revoke(mine, UUID.randomUUID().toString());
        HttpReply malformed = revoke(mine, "not-a-session-id");
        HttpReply fromDevice = revoke(device, theirsId);

        for (HttpReply reply : List.of(another, unknown, malformed, fromDevice)) {
            assertProblem(reply, 404, NOT_FOUND);
            assertEquals("not_found", reply.json().getString("code"));
        }
        assertEquals(unknown.body(), another.body(), "another's session is indistinguishable from an unknown one");
        assertEquals(200, status(theirs));
        assertEquals(List.of(theirsId), ids(sessions(theirs)));
    }

    @Test
    void scopeOthersKeepsTheCurrentSessionAndRevokesTheRest() {
        String jwt = userJwt();
        String a = exchange(jwt, "A");
        String b = exchange(jwt, "B");
        String c = exchange(jwt, "C");
        String bystander = exchange(userJwt(), "Bystander");

        HttpReply reply = http().delete("/auth/sessions?scope=others").bearer(b).send();

        assertEquals(200, reply.status(), reply::toString);
        assertEquals(2, reply.json().getInt("revoked"), reply::toString);
        assertEquals(401, status(a));
        assertEquals(401, status(c));
        assertEquals(200, status(b));
        assertEquals(200, status(bystander), "other users are left alone");
        List<JsonObject> left = sessions(b);
        assertEquals(1, left.size(), left::toString);
        assertTrue(left.get(0).getBoolean("current"));

        HttpReply again = http().delete("/auth/sessions?scope=others").bearer(b).send();
        assertEquals(0, again.json().getInt("revoked"), again::toString);
    }

    @Test
    void aValidScopeIsRequired() {
        String token = exchange(userJwt(), "Scopeless");

        for (String query : List.of("", "?scope=", "?scope=all", "?scope=OTHERS")) {
            HttpReply reply = http().delete("/auth/sessions" + query).bearer(token).send();
            assertEquals(422, reply.status(), query + ": " + reply);
            assertEquals("invalid_request", reply.json().getString("code"), reply::toString);
            assertTrue(reply.detail().startsWith("scope "), reply::toString);
        }
        assertEquals(200, status(token), "nothing was revoked");
    }

    @Test
    void agentsAndAccessTokensAreForbidden() {
        String jwt = userJwt();
        String owner = exchange(jwt, "Owner");
        String ownerId = current(owner).getString("id");
        HttpReply created = http().post("/api/v1/agents").bearer(jwt).json("{\"name\": \"lister\"}").send();
        assertEquals(201, created.status(), created::toString);
        String agent = created.json().getString("token");
        String mcpUser = newUserId();
        String accessToken = clerk().token().typ("at+jwt").subject(mcpUser).without("sid").without("sts").without("azp")
                .claim("aud", List.of(BASE + "/mcp")).claim("client_id", "mcp-client-1").claim("scope", "profile email")
                .claim("jti", "at_" + mcpUser).sign();

        for (String credential : List.of(agent, accessToken)) {
            assertEquals(403, http().get("/auth/sessions").bearer(credential).send().status());
            assertEquals(403, http().delete("/auth/sessions?scope=others").bearer(credential).send().status());
            assertEquals(403, revoke(credential, ownerId).status());
        }
        assertEquals(403, http().get("/auth/sessions").header("X-Agent-Token", agent).send().status());
        assertEquals(200, http().get("/auth/bootstrap").bearer(accessToken).send().status(), "the access token is valid");
        assertEquals(200, status(owner), "nothing was revoked");
        assertEquals(401, http().get("/auth/sessions").send().status());
    }

    @Test
    void aClerkJwtCallerSeesItsSessionsNoneCurrentAndCanRevokeThemAll() {
        String jwt = userJwt();
        String first = exchange(jwt, "One");
        String second = exchange(jwt, "Two");

        List<JsonObject> listed = sessions(jwt);

        assertEquals(2, listed.size(), listed::toString);
        assertTrue(listed.stream().noneMatch(s -> s.getBoolean("current")), listed::toString);

        HttpReply reply = http().delete("/auth/sessions?scope=others").bearer(jwt).send();
        assertEquals(2, reply.json().getInt("revoked"), reply::toString);
        assertEquals(401, status(first));
        assertEquals(401, status(second));
        assertEquals(List.of(), sessions(jwt));
    }

    private static Instant lastSeenInDatabase(UUID sessionId) throws SQLException {
        return column("last_seen_at", sessionId);
    }

    private static Instant createdAtInDatabase(UUID sessionId) throws SQLException {
        return column("created_at", sessionId);
    }

    /** One timestamp column of a session row, read directly over JDBC, to the millisecond the API shows. */
    private static Instant column(String name, UUID sessionId) throws SQLException {
        String url = database().get("db.url");
        if (url.startsWith("jdbc:h2:")) {
            url = url.substring(0, url.indexOf(';')) + ";AUTO_SERVER=TRUE;IFEXISTS=TRUE";
        }
        try (Connection connection = DriverManager.getConnection(url, database().getOrDefault("db.user", "sa"),
                database().getOrDefault("db.password", ""));
                PreparedStatement query = connection.prepareStatement("SELECT " + name + " FROM sessions WHERE id = ?")) {
            query.setObject(1, sessionId);
            try (ResultSet result = query.executeQuery()) {
                assertTrue(result.next(), "no session " + sessionId);
                OffsetDateTime value = result.getObject(1, OffsetDateTime.class);
                return value == null ? null : value.toInstant().truncatedTo(ChronoUnit.MILLIS);
            }
        }
    }
}
