package io.gatehouse.it;

import static io.gatehouse.it.MissionControlIT.assertMissionControlProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gatehouse.testing.GatehouseDeployment;
import io.gatehouse.testing.HttpReply;
import jakarta.json.JsonObject;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * {@code AUTH_MODE=local}: one shared token makes every request the local admin; Clerk JWTs are refused.
 * The race runs first, so it races the admin's creation.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@Tag(GatehouseIT.DATABASE_INDEPENDENT)
class LocalModeIT extends GatehouseIT {

    static final String LOCAL_TOKEN = newLocalToken();

    @Deployment(testable = false)
    static WebArchive deployment() {
        Map<String, String> config = GatehouseDeployment.defaultConfig("localmode");
        config.put("auth.mode", "local");
        config.put("local.auth-token", LOCAL_TOKEN);
        return GatehouseDeployment.of(config);
    }

    private static String newLocalToken() {
        byte[] bytes = new byte[48];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    @Test
    void theLocalTokenIsTheLocalAdmin() {
        HttpReply reply = http().get("/api/v1/users/me").bearer(LOCAL_TOKEN).send();

        assertEquals(200, reply.status(), reply::toString);
        JsonObject admin = reply.json();
        assertEquals("admin@home.local", admin.getString("email"));
        assertEquals(true, admin.getBoolean("is_super_admin"));
        assertEquals("local-auth-user", admin.getString("clerk_user_id"));
        HttpReply bootstrap = http().post("/api/v1/auth/bootstrap").bearer(LOCAL_TOKEN).send();
        assertEquals(admin.getString("id"), bootstrap.json().getString("id"), "always the same single user");
    }

    @Test
    void anyOtherTokenIsNotAuthenticated() {
        String almost = LOCAL_TOKEN.substring(0, LOCAL_TOKEN.length() - 1) + (LOCAL_TOKEN.endsWith("A") ? "B" : "A");
        assertMissionControlProblem(http().get("/api/v1/users/me").bearer(almost).send(), 401, "unauthorized", "Not authenticated");
        assertMissionControlProblem(http().get("/api/v1/users/me").bearer(LOCAL_TOKEN + "x").send(), 401, "unauthorized",
                "Not authenticated");
        assertMissionControlProblem(http().get("/api/v1/users/me").send(), 401, "unauthorized", "Not authenticated");
    }

    @Test
    void clerkJwtsAreRefusedInLocalMode() {
        String jwt = userJwt();
        assertProblem(http().get("/projects").bearer(jwt).send(), 401,
                "Invalid token: Clerk tokens are not accepted: this deployment runs with AUTH_MODE=local");
        assertEquals(401, http().post("/auth/session").bearer(jwt).send().status());
        assertEquals(401, http().get("/api/v1/users/me").bearer(jwt).send().status());
    }

    @Test
    void anonymousSessionsKeepWorking() {
        String anonymous = http().anonymousToken(newDeviceId());
        assertEquals(201, http().post("/projects").bearer(anonymous).json("{\"name\": \"offline\"}").send().status());
        assertEquals(1, http().get("/projects").bearer(anonymous).send().json().getJsonArray("projects").size());
    }

    @Test
    void theLocalTokenExchangesForASessionOfTheAdmin() {
        String adminId = http().get("/api/v1/users/me").bearer(LOCAL_TOKEN).send().json().getString("id");
        HttpReply exchanged = http().post("/auth/session").bearer(LOCAL_TOKEN).send();
        assertEquals(200, exchanged.status(), exchanged::toString);
        String session = exchanged.json().getString("token");
        assertTrue(session.startsWith("msc_"), session);

        assertEquals(adminId, http().get("/api/v1/users/me").bearer(session).send().json().getString("id"));
        assertEquals(200, http().delete("/auth/session").bearer(session).send().status());
        assertEquals(401, http().get("/api/v1/users/me").bearer(session).send().status(), "logout revokes the session");
        assertEquals(200, http().get("/api/v1/users/me").bearer(LOCAL_TOKEN).send().status(), "not the local token");
    }

    /** {@code /projects} reads its owner from {@code JsonWebToken}: the local token and its sessions are one owner. */
    @Test
    void theLocalTokenAndItsSessionsOwnTheSameProjects() {
        String session = http().sessionToken(LOCAL_TOKEN);
        HttpReply created = http().post("/projects").bearer(LOCAL_TOKEN).json("{\"name\": \"local\"}").send();
        assertEquals(201, created.status(), created::toString);
        String id = created.json().getString("id");

        for (String credential : List.of(LOCAL_TOKEN, session)) {
            List<String> ids = http().get("/projects").bearer(credential).send().json().getJsonArray("projects")
                    .getValuesAs(JsonObject.class).stream().map(p -> p.getString("id")).toList();
            assertTrue(ids.contains(id), ids::toString);
        }
    }

    @Test
    void theAdminsSessionsAreListedAsLocal() {
        String session = http().sessionToken(LOCAL_TOKEN);

        HttpReply reply = http().get("/auth/sessions").bearer(session).send();

        assertEquals(200, reply.status(), reply::toString);
        List<JsonObject> listed = reply.json().getJsonArray("sessions").getValuesAs(JsonObject.class);
        assertTrue(listed.stream().allMatch(s -> s.getString("kind").equals("local")), listed::toString);
        assertEquals(1, listed.stream().filter(s -> s.getBoolean("current")).count(), listed::toString);
        List<JsonObject> byLocalToken = http().get("/auth/sessions").bearer(LOCAL_TOKEN).send().json()
                .getJsonArray("sessions").getValuesAs(JsonObject.class);
        assertTrue(byLocalToken.stream().noneMatch(s -> s.getBoolean("current")), "the local token is not a session");
    }

    @Test
    @Order(1)
    void racingFirstUsesMakeOneAdmin() throws Exception {
        List<Callable<HttpReply>> calls = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            calls.add(() -> http().get("/api/v1/users/me").bearer(LOCAL_TOKEN).send());
        }
        Set<String> ids = new HashSet<>();
        for (HttpReply reply : race(calls)) {
            assertEquals(200, reply.status(), reply::toString);
            ids.add(reply.json().getString("id"));
        }
        assertEquals(1, ids.size(), ids::toString);
    }

    @Test
    void theLocalAdminIsASuperAdminWhoReadsTheAuditTrail() {
        HttpReply trail = http().get("/api/v1/audit?limit=1").bearer(LOCAL_TOKEN).send();
        assertEquals(200, trail.status(), trail::toString);
        assertTrue(trail.json().containsKey("next_cursor"), trail::toString);
    }
}
