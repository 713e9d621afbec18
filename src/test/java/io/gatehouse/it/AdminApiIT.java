package io.gatehouse.it;

import static io.gatehouse.it.MissionControlIT.assertMissionControlProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.gatehouse.testing.HttpReply;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/**
 * The admin API over HTTP ({@code /api/v1/admin}): super-admins ({@code SUPER_ADMIN_USER_IDS} here) search users,
 * see one with their organizations, lock, active sessions and agent tokens (never a token or a hash), sign them out
 * everywhere, revoke one session, lock and unlock them; every action is in the audit trail with the operator as
 * {@code actor_id}. Everybody else gets 403, unknown ids 404.
 */
class AdminApiIT extends SecretsDeployment {

    static final String FORBIDDEN = "Forbidden: the admin API is only available to super-admins";
    static final String NOT_THIS_CALLER = "Forbidden: this endpoint is not available to this caller";
    private static final Duration DEADLINE = Duration.ofSeconds(30);

    private static String operatorJwt() {
        return clerk().token().subject(OPERATOR).sign();
    }

    /** A user signed in once (so Gatehouse knows them), with their Clerk id, principal id and a fresh JWT. */
    private record User(String clerkId, String id, String jwt) {
    }

    private User newUser(String email, String name) {
        String clerkId = newUserId();
        String jwt = clerk().token().subject(clerkId).claim("email", email).claim("name", name).sign();
        HttpReply me = http().get("/api/v1/users/me").bearer(jwt).send();
        assertEquals(200, me.status(), me::toString);
        return new User(clerkId, me.json().getString("id"), jwt);
    }

    private String operatorId() {
        return http().get("/api/v1/users/me").bearer(operatorJwt()).send().json().getString("id");
    }

    private HttpReply admin(String method, String path) {
        return admin(method, path, operatorJwt());
    }

    private HttpReply admin(String method, String path, String token) {
        return http().request(method, "/api/v1/admin" + path).bearer(token).send();
    }

    private JsonObject ok(HttpReply reply) {
        assertEquals(200, reply.status(), reply::toString);
        return reply.json();
    }

    private String agentToken(String jwt, String name) {
        HttpReply created = http().post("/api/v1/agents").bearer(jwt).json("{\"name\": \"" + name + "\"}").send();
        assertEquals(201, created.status(), created::toString);
        return created.json().getString("token");
    }

    private static String encoded(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static List<String> ids(JsonObject page) {
        return page.getJsonArray("users").stream().map(u -> u.asJsonObject().getString("id")).toList();
    }

    @Test
    void usersAreFoundByEmailNameClerkIdOrIdInPagesNewestFirst() {
        String tag = "t" + UUID.randomUUID().toString().substring(0, 8);
        User ada = newUser("ada-" + tag + "@example.com", "Ada Lovelace");
        User grace = newUser("grace@example.org", "Grace " + tag.toUpperCase() + " Hopper");
        User linus = newUser("linus-" + tag + "@example.net", "Linus");

        JsonObject all = ok(admin("GET", "/users?query=" + tag));
        assertEquals(List.of(linus.id(), grace.id(), ada.id()), ids(all), "by email or name, case-insensitive, newest first");
        assertEquals(JsonValue.NULL, all.get("next_cursor"));
        JsonObject first = all.getJsonArray("users").getJsonObject(2);
        assertEquals(Set.of("id", "clerk_user_id", "email", "name", "created_at", "locked", "lock_reason"), first.keySet());
        assertEquals(ada.clerkId(), first.getString("clerk_user_id"));
        assertEquals("ada-" + tag + "@example.com", first.getString("email"));
        assertEquals("Ada Lovelace", first.getString("name"));
        assertTrue(Instant.parse(first.getString("created_at")).isAfter(Instant.now().minus(Duration.ofMinutes(5))), first::toString);
        assertFalse(first.getBoolean("locked"));
        assertEquals(JsonValue.NULL, first.get("lock_reason"));

        assertEquals(List.of(ada.id()), ids(ok(admin("GET", "/users?query=" + encoded("ADA-" + tag.toUpperCase())))));
        assertEquals(List.of(grace.id()), ids(ok(admin("GET", "/users?query=" + encoded(" hopper ") + "&limit=200")))
                .stream().filter(grace.id()::equals).toList(), "a name, trimmed");
        assertEquals(List.of(ada.id()), ids(ok(admin("GET", "/users?query=" + ada.clerkId()))), "a Clerk id");
        assertTrue(ids(ok(admin("GET", "/users?limit=200&query=" + ada.clerkId().substring(0, 12)))).contains(ada.id()),
                "a Clerk id prefix");
        assertEquals(List.of(), ids(ok(admin("GET", "/users?query=" + ada.clerkId().substring(6)))),
                "the middle of a Clerk id is no match");
        assertEquals(List.of(ada.id()), ids(ok(admin("GET", "/users?query=" + ada.id()))), "a principal id");
        assertEquals(List.of(), ids(ok(admin("GET", "/users?query=" + encoded(tag + "%")))), "wildcards are plain text");
        assertEquals(List.of(), ids(ok(admin("GET", "/users?query=" + encoded("_" + tag)))), "wildcards are plain text");

        JsonObject page1 = ok(admin("GET", "/users?limit=2&query=" + tag));
        assertEquals(List.of(linus.id(), grace.id()), ids(page1));
        String cursor = ((JsonString) page1.get("next_cursor")).getString();
        JsonObject page2 = ok(admin("GET", "/users?limit=2&query=" + tag + "&cursor=" + cursor));
        assertEquals(List.of(ada.id()), ids(page2));
        assertEquals(JsonValue.NULL, page2.get("next_cursor"));

        List<String> everyone = new ArrayList<>();
        String query = "/users?limit=1";
        for (int pages = 0; ; pages++) {
            JsonObject page = ok(admin("GET", query));
            everyone.addAll(ids(page));
            if (page.get("next_cursor") == JsonValue.NULL) {
                break;
            }
            assertTrue(pages < 10_000, "the pages never end");
            query = "/users?limit=1&cursor=" + page.getString("next_cursor");
        }
        assertEquals(everyone.size(), Set.copyOf(everyone).size(), "no user twice: " + everyone);
        assertTrue(everyone.containsAll(List.of(ada.id(), grace.id(), linus.id(), operatorId())), everyone::toString);

        String anonymous = anonymousPrincipal(ada);
        assertFalse(everyone.contains(anonymous), "anonymous devices are not users");
        assertMissionControlProblem(admin("GET", "/users/" + anonymous), 404, "not_found", "User not found");
    }

    /** A device's principal id, which a rebind tells (the device's rows move to the user). */
    private String anonymousPrincipal(User user) {
        String device = newDeviceId();
        String anonymous = http().anonymousToken(device);
        assertEquals(201, http().post("/projects").bearer(anonymous).json("{\"name\": \"draft\"}").send().status());
        HttpReply rebound = http().post("/auth/rebind").bearer(user.jwt()).json("{\"device_id\": \"" + device + "\"}").send();
        assertEquals(200, rebound.status(), rebound::toString);
        return rebound.json().getString("anon_uuid");
    }

    @Test
    void badLimitsCursorsAndQueriesAreInvalidRequests() {
        String limit = "limit must be a positive integer (at most 200 are returned)";
        assertMissionControlProblem(admin("GET", "/users?limit=0"), 422, "invalid_request", limit);
        assertMissionControlProblem(admin("GET", "/users?limit=ten"), 422, "invalid_request", limit);
        assertMissionControlProblem(admin("GET", "/users?cursor=bm90LWEtY3Vyc29y"), 422, "invalid_request",
                "cursor is not valid; pass next_cursor of the previous page unchanged");
        assertMissionControlProblem(admin("GET", "/users?query=" + "x".repeat(321)), 422, "invalid_request",
                "query must be at most 320 characters");
        JsonObject capped = ok(admin("GET", "/users?limit=5000"));
        assertTrue(capped.getJsonArray("users").size() <= 200, capped::toString);
    }

    @Test
    void aUserShowsOrganizationsActiveSessionsAndAgentTokensButNeverATokenOrHash() throws Exception {
        String clerkId = newUserId();
        String orgId = "org_" + UUID.randomUUID().toString().replace("-", "").substring(0, 20);
        String jwt = clerk().token().subject(clerkId).claim("email", "dossier@example.com").claim("name", "Dossier")
                .claim("o", Map.of("id", orgId, "slg", "acme", "rol", "admin")).sign();
        String session = http().sessionToken(jwt);
        String loggedOut = http().sessionToken(jwt);
        assertEquals(200, http().delete("/auth/session").bearer(loggedOut).send().status());
        String agent = agentToken(jwt, "triage bot");

        HttpReply reply = admin("GET", "/users/" + clerkId);
        JsonObject user = ok(reply);
        assertEquals(List.of("id", "clerk_user_id", "email", "name", "created_at", "is_super_admin", "lock", "organizations",
                "sessions", "agent_tokens"), List.copyOf(user.keySet()));
        assertEquals(clerkId, user.getString("clerk_user_id"));
        assertEquals("dossier@example.com", user.getString("email"));
        assertEquals("Dossier", user.getString("name"));
        assertFalse(user.getBoolean("is_super_admin"));
        assertEquals(lockObject(false, null), withoutTimes(user.getJsonObject("lock")));
        assertEquals(List.of(Map.of("id", orgId, "slug", "acme", "role", "admin")), user.getJsonArray("organizations").stream()
                .map(o -> Map.of("id", o.asJsonObject().getString("id"), "slug", o.asJsonObject().getString("slug"),
                        "role", o.asJsonObject().getString("role"))).toList());

        JsonArray sessions = user.getJsonArray("sessions");
        assertEquals(1, sessions.size(), "active sessions only: " + sessions);
        JsonObject only = sessions.getJsonObject(0);
        assertEquals(List.of("id", "kind", "created_at", "last_seen_at", "expires_at", "ip", "user_agent"), List.copyOf(only.keySet()));
        assertEquals("clerk", only.getString("kind"));
        assertTrue(Instant.parse(only.getString("expires_at")).isAfter(Instant.now()), only::toString);
        assertNotNull(only.getString("ip"));

        JsonArray agents = user.getJsonArray("agent_tokens");
        assertEquals(1, agents.size(), agents::toString);
        JsonObject bot = agents.getJsonObject(0);
        assertEquals(List.of("id", "name", "created_at", "expires_at", "last_used_at"), List.copyOf(bot.keySet()));
        assertEquals("triage bot", bot.getString("name"));

        for (String secret : List.of(session, loggedOut, agent, jwt, sha256(session), sha256(loggedOut), sha256(agent),
                "\"token\"", "hash")) {
            assertFalse(reply.body().contains(secret), () -> "the admin API shows " + secret + ": " + reply.body());
        }
        JsonObject byId = ok(admin("GET", "/users/" + user.getString("id")));
        assertEquals(user.getString("id"), byId.getString("id"), "the principal id names the same user");
        assertEquals(only.getString("id"), byId.getJsonArray("sessions").getJsonObject(0).getString("id"));

        assertTrue(ok(admin("GET", "/users/" + OPERATOR)).getBoolean("is_super_admin"));
    }

    @Test
    void signingOutEverywhereRefusesEverySessionAndAgentTokenAtOnce() {
        User user = newUser("leaving@example.com", "Leaving");
        String phone = http().sessionToken(user.jwt());
        String laptop = http().sessionToken(user.jwt());
        String agent = agentToken(user.jwt(), "cron");
        for (Credential credential : List.of(Credential.session("phone", phone), Credential.session("laptop", laptop),
                Credential.agent("agent", agent))) {
            assertEquals(200, http().get(credential.probe()).bearer(credential.token()).send().status(), credential.what());
        }

        JsonObject revoked = ok(admin("DELETE", "/users/" + user.clerkId() + "/sessions"));
        assertEquals(List.of("revoked_sessions", "revoked_agent_tokens"), List.copyOf(revoked.keySet()));
        assertEquals(2, revoked.getInt("revoked_sessions"), revoked::toString);
        assertEquals(1, revoked.getInt("revoked_agent_tokens"), revoked::toString);
        for (Credential credential : List.of(Credential.session("phone", phone), Credential.session("laptop", laptop),
                Credential.agent("agent", agent))) {
            assertEquals(401, http().get(credential.probe()).bearer(credential.token()).send().status(),
                    credential.what() + " is refused at once");
        }
        assertEquals(200, http().get("/projects").bearer(user.jwt()).send().status(), "a sign-out is no lock: the Clerk JWT works");
        JsonObject after = ok(admin("GET", "/users/" + user.id()));
        assertEquals(0, after.getJsonArray("sessions").size(), after::toString);
        assertEquals(0, after.getJsonArray("agent_tokens").size(), after::toString);
        JsonObject nothingLeft = ok(admin("DELETE", "/users/" + user.id() + "/sessions"));
        assertEquals(0, nothingLeft.getInt("revoked_sessions"), nothingLeft::toString);
        assertEquals(0, nothingLeft.getInt("revoked_agent_tokens"), nothingLeft::toString);

        JsonObject event = awaitAudit("admin.sign_out", user.id(), e -> "sessions=2 agent_tokens=1".equals(text(e, "detail")));
        assertEquals(operatorId(), text(event, "actor_id"));
        JsonObject revocation = awaitAudit("session.revoke", user.id(), e -> true);
        assertEquals(null, text(revocation, "actor_id"), "other events have no actor");
    }

    @Test
    void oneSessionIsRevokedByItsId() {
        User user = newUser("two@example.com", "Two Sessions");
        String first = http().sessionToken(user.jwt());
        String second = http().sessionToken(user.jwt());
        JsonArray sessions = ok(admin("GET", "/users/" + user.id())).getJsonArray("sessions");
        assertEquals(2, sessions.size(), sessions::toString);
        String newest = sessions.getJsonObject(0).getString("id");

        JsonObject revoked = ok(admin("DELETE", "/sessions/" + newest));
        assertEquals(List.of("revoked"), List.copyOf(revoked.keySet()));
        assertEquals(1, revoked.getInt("revoked"));
        assertEquals(401, http().get("/projects").bearer(second).send().status(), "the newest session is refused at once");
        assertEquals(200, http().get("/projects").bearer(first).send().status(), "the other one works");
        assertEquals(1, ok(admin("GET", "/users/" + user.id())).getJsonArray("sessions").size());

        for (String unknown : List.of(newest, UUID.randomUUID().toString(), "not-a-uuid", newest.toUpperCase().replace("-", ""))) {
            assertMissionControlProblem(admin("DELETE", "/sessions/" + unknown), 404, "not_found", "Session not found");
        }
        JsonObject event = awaitAudit("admin.session_revoke", user.id(), e -> newest.equals(text(e, "session_id")));
        assertEquals(operatorId(), text(event, "actor_id"));
    }

    @Test
    void aLockRefusesEverythingTheUserHoldsUntilUnlocked() {
        User user = newUser("locked@example.com", "Locked Out");
        String session = http().sessionToken(user.jwt());
        String agent = agentToken(user.jwt(), "bot");
        String operator = operatorId();

        JsonObject lock = ok(admin("POST", "/users/" + user.id() + "/lock"));
        assertEquals(List.of("locked", "reason", "locked_at", "locked_by"), List.copyOf(lock.keySet()));
        assertEquals(lockObject(true, "locked_by_operator"), withoutTimes(lock));
        assertEquals(operator, lock.getString("locked_by"));
        Instant lockedAt = Instant.parse(lock.getString("locked_at"));
        assertTrue(lockedAt.isAfter(Instant.now().minus(Duration.ofMinutes(5))), lock::toString);
        assertEquals(401, http().get("/projects").bearer(session).send().status(), "the session is refused at once");
        assertEquals(401, http().get("/api/v1/users/me").bearer(agent).send().status(), "the agent token is refused at once");
        HttpReply jwt = http().get("/projects").bearer(clerk().token().subject(user.clerkId()).sign()).send();
        assertEquals(401, jwt.status(), jwt::toString);
        assertEquals("user_locked", jwt.json().getString("code"), jwt::toString);
        assertEquals(401, http().post("/auth/session").bearer(clerk().token().subject(user.clerkId()).sign()).send().status(),
                "no new session either");

        JsonObject again = ok(admin("POST", "/users/" + user.clerkId() + "/lock"));
        assertEquals(lock, again, "idempotent: the first lock's time and operator stay");
        JsonObject listed = ok(admin("GET", "/users?query=" + user.clerkId())).getJsonArray("users").getJsonObject(0);
        assertTrue(listed.getBoolean("locked"));
        assertEquals("locked_by_operator", listed.getString("lock_reason"));
        assertEquals(lock, ok(admin("GET", "/users/" + user.id())).getJsonObject("lock"));

        JsonObject unlocked = ok(admin("DELETE", "/users/" + user.id() + "/lock"));
        assertEquals(lockObject(false, null), withoutTimes(unlocked));
        assertEquals(JsonValue.NULL, unlocked.get("locked_at"));
        assertEquals(JsonValue.NULL, unlocked.get("locked_by"));
        assertEquals(unlocked, ok(admin("DELETE", "/users/" + user.clerkId() + "/lock")), "idempotent");
        assertEquals(200, http().get("/projects").bearer(clerk().token().subject(user.clerkId()).sign()).send().status(),
                "the user signs in again");
        assertEquals(401, http().get("/projects").bearer(session).send().status(), "what the lock revoked stays revoked");

        assertMissionControlProblem(admin("POST", "/users/" + OPERATOR + "/lock"), 422, "invalid_request",
                "An operator cannot lock their own account; ask another super-admin");
        assertFalse(ok(admin("GET", "/users/" + OPERATOR)).getJsonObject("lock").getBoolean("locked"));

        assertEquals(operator, text(awaitAudit("admin.lock", user.id(), e -> "locked".equals(text(e, "reason"))), "actor_id"));
        JsonObject repeated = awaitAudit("admin.lock", user.id(), e -> "already_locked".equals(text(e, "reason")));
        assertEquals("lock_reason=locked_by_operator", text(repeated, "detail"));
        assertEquals(operator, text(awaitAudit("admin.unlock", user.id(), e -> "unlocked".equals(text(e, "reason"))), "actor_id"));
        assertEquals(operator, text(awaitAudit("admin.unlock", user.id(), e -> "not_locked".equals(text(e, "reason"))), "actor_id"));
    }

    @Test
    void onlySuperAdminsGetIn() {
        User target = newUser("target@example.com", "Target");
        String targetSession = http().sessionToken(target.jwt());
        String someSession = UUID.randomUUID().toString();
        List<String[]> endpoints = List.of(new String[] {"GET", "/users"}, new String[] {"GET", "/users?limit=abc"},
                new String[] {"GET", "/users/" + target.id()}, new String[] {"DELETE", "/users/" + target.id() + "/sessions"},
                new String[] {"POST", "/users/" + target.id() + "/lock"}, new String[] {"DELETE", "/users/" + target.id() + "/lock"},
                new String[] {"DELETE", "/sessions/" + someSession}, new String[] {"GET", "/users/" + UUID.randomUUID()},
                new String[] {"GET", "/overview"});

        String user = userJwt();
        String userSession = http().sessionToken(user);
        String anonymous = http().anonymousToken(newDeviceId());
        String operatorsAgent = agentToken(operatorJwt(), "operator's bot");
        String operatorsAccessToken = AccessTokenIT.accessToken(OPERATOR, "profile email").sign();
        for (String[] endpoint : endpoints) {
            assertMissionControlProblem(admin(endpoint[0], endpoint[1], user), 403, "forbidden", FORBIDDEN);
            assertMissionControlProblem(admin(endpoint[0], endpoint[1], userSession), 403, "forbidden", FORBIDDEN);
            assertMissionControlProblem(admin(endpoint[0], endpoint[1], anonymous), 403, "forbidden", NOT_THIS_CALLER);
            assertMissionControlProblem(admin(endpoint[0], endpoint[1], operatorsAgent), 403, "forbidden", NOT_THIS_CALLER);
            assertMissionControlProblem(admin(endpoint[0], endpoint[1], operatorsAccessToken), 403, "forbidden",
                    "Forbidden: OAuth access tokens are not accepted by this endpoint (see /auth.md for the scope table)");
            assertMissionControlProblem(http().request(endpoint[0], "/api/v1/admin" + endpoint[1]).send(), 401, "unauthorized",
                    "Not authenticated");
        }
        assertEquals(200, http().get("/projects").bearer(targetSession).send().status(), "nothing happened to the target");
        assertFalse(ok(admin("GET", "/users/" + target.id())).getJsonObject("lock").getBoolean("locked"));
        assertEquals(200, admin("GET", "/users", http().sessionToken(operatorJwt())).status(), "an operator's session token works");
    }

    @Test
    void unknownUsersAreNotFound() {
        for (String unknown : List.of(UUID.randomUUID().toString(), newUserId(), "x".repeat(300), "%20")) {
            assertMissionControlProblem(admin("GET", "/users/" + unknown), 404, "not_found", "User not found");
            assertMissionControlProblem(admin("DELETE", "/users/" + unknown + "/sessions"), 404, "not_found", "User not found");
            assertMissionControlProblem(admin("POST", "/users/" + unknown + "/lock"), 404, "not_found", "User not found");
            assertMissionControlProblem(admin("DELETE", "/users/" + unknown + "/lock"), 404, "not_found", "User not found");
        }
    }

    @Test
    void theAuditTrailFiltersByUserActorAndTime() {
        User user = newUser("filtered@example.com", "Filtered");
        Instant before = Instant.now().minusSeconds(1);
        ok(admin("DELETE", "/users/" + user.id() + "/sessions"));
        JsonObject event = awaitAudit("admin.sign_out", user.id(), e -> true);
        String operator = operatorId();

        JsonArray byActor = ok(http().get("/api/v1/audit?limit=200&actor=" + operator).bearer(operatorJwt()).send()).getJsonArray("events");
        assertTrue(byActor.stream().allMatch(e -> operator.equals(text(e.asJsonObject(), "actor_id"))), byActor::toString);
        assertTrue(byActor.contains(event), byActor::toString);
        JsonArray byUser = ok(http().get("/api/v1/audit?limit=200&user=" + user.id()).bearer(operatorJwt()).send()).getJsonArray("events");
        assertTrue(byUser.stream().allMatch(e -> user.id().equals(text(e.asJsonObject(), "principal_id"))), byUser::toString);
        assertTrue(byUser.contains(event), byUser::toString);
        assertTrue(audit("admin.sign_out", user.id(), "&since=" + before).contains(event));
        assertTrue(audit("admin.sign_out", user.id(), "&since=" + before.plusSeconds(3600)).isEmpty());
        assertTrue(audit("admin.sign_out", user.id(), "&until=" + before).isEmpty());
        assertTrue(audit("admin.sign_out", user.id(), "&since=" + before + "&until=" + before.plusSeconds(3600)).contains(event));

        assertMissionControlProblem(http().get("/api/v1/audit?user=user_2abc").bearer(operatorJwt()).send(), 422, "invalid_request",
                "user must be a principal id (a UUID such as the id of GET /api/v1/admin/users)");
        assertMissionControlProblem(http().get("/api/v1/audit?since=yesterday").bearer(operatorJwt()).send(), 422, "invalid_request",
                "since must be an ISO-8601 time with an offset, such as 2025-06-01T00:00:00Z");
        assertMissionControlProblem(http().get("/api/v1/audit?since=2025-06-02T00:00:00Z&until=2025-06-01T00:00:00Z")
                .bearer(operatorJwt()).send(), 422, "invalid_request", "since must not be after until");
    }

    @Test
    void theOverviewShowsReadinessInstancesSessionsAndAuthenticationsPerMinute() {
        http().sessionToken(userJwt());
        assertEquals(401, http().get("/projects").send().status());

        JsonObject overview = ok(admin("GET", "/overview"));
        assertEquals(List.of("status", "checks", "instance", "active_sessions", "open_streams", "authentications"),
                List.copyOf(overview.keySet()));
        assertEquals("UP", overview.getString("status"), overview::toString);
        List<String> checks = overview.getJsonArray("checks").stream().map(c -> c.asJsonObject().getString("name")).toList();
        assertTrue(checks.containsAll(List.of("clerk-jwks", "database")), checks::toString);
        assertTrue(overview.getJsonArray("checks").stream().allMatch(c -> "UP".equals(c.asJsonObject().getString("status"))
                && c.asJsonObject().containsKey("data")), overview::toString);
        JsonObject instance = overview.getJsonObject("instance");
        assertTrue(instance.getJsonArray("members").stream().map(m -> ((JsonString) m).getString()).toList()
                .contains(instance.getString("id")), instance::toString);
        assertTrue(overview.getJsonNumber("active_sessions").longValue() >= 1, overview::toString);
        assertTrue(overview.getJsonNumber("open_streams").longValue() >= 0, overview::toString);

        JsonObject authentications = overview.getJsonObject("authentications");
        List<Instant> minutes = authentications.getJsonArray("minutes").stream().map(m -> Instant.parse(((JsonString) m).getString())).toList();
        assertEquals(15, minutes.size(), authentications::toString);
        for (int i = 1; i < minutes.size(); i++) {
            assertEquals(Duration.ofMinutes(1), Duration.between(minutes.get(i - 1), minutes.get(i)), minutes::toString);
        }
        assertTrue(!minutes.get(14).isAfter(Instant.now()) && minutes.get(14).isAfter(Instant.now().minusSeconds(120)), minutes::toString);
        JsonObject outcomes = authentications.getJsonObject("outcomes");
        assertTrue(outcomes.keySet().containsAll(List.of("ok", "expired", "invalid", "revoked", "missing", "rate_limited")), outcomes::toString);
        for (String outcome : List.of("ok", "missing")) {
            JsonArray counts = outcomes.getJsonArray(outcome);
            assertEquals(15, counts.size(), outcomes::toString);
            long lastTwo = counts.subList(13, 15).stream()
                    .mapToLong(count -> count == JsonValue.NULL ? 0 : ((JsonNumber) count).longValue()).sum();
            assertTrue(counts.get(14) != JsonValue.NULL, () -> "the current minute is observed: " + outcomes);
            assertTrue(lastTwo >= 1, () -> outcome + " within the last two minutes: " + outcomes);
        }
    }

    private JsonArray audit(String type, String principalId, String more) {
        return ok(http().get("/api/v1/audit?limit=200&type=" + type + "&user=" + principalId + more).bearer(operatorJwt()).send())
                .getJsonArray("events");
    }

    /** Polls the trail (written asynchronously) for an event of the type and user that matches, or fails at the deadline. */
    private JsonObject awaitAudit(String type, String principalId, Predicate<JsonObject> wanted) {
        long deadline = System.nanoTime() + DEADLINE.toNanos();
        while (true) {
            JsonArray events = audit(type, principalId, "");
            for (JsonValue event : events) {
                JsonObject found = event.asJsonObject();
                assertEquals(type, found.getString("type"));
                assertEquals(principalId, text(found, "principal_id"));
                assertTrue(found.containsKey("actor_id"), found::toString);
                if (wanted.test(found)) {
                    return found;
                }
            }
            if (System.nanoTime() > deadline) {
                fail("no matching " + type + " event of " + principalId + " within " + DEADLINE + ": " + events);
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    private static Map<String, Object> lockObject(boolean locked, String reason) {
        return reason == null ? Map.of("locked", locked) : Map.of("locked", locked, "reason", reason);
    }

    /** The lock's state and reason, without its time and operator. */
    private static Map<String, Object> withoutTimes(JsonObject lock) {
        JsonValue reason = lock.get("reason");
        return reason == JsonValue.NULL ? Map.of("locked", lock.getBoolean("locked"))
                : Map.of("locked", lock.getBoolean("locked"), "reason", ((JsonString) reason).getString());
    }

    private static String text(JsonObject event, String field) {
        JsonValue value = event.get(field);
        assertNotNull(value, () -> "no " + field + " in " + event);
        return value == JsonValue.NULL ? null : ((JsonString) value).getString();
    }

    private static String sha256(String token) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII)));
    }
}
