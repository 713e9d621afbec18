package io.gatehouse.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gatehouse.testing.HttpReply;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The {@code /api/v1} surface of Mission Control: bootstrap, the user document, its edits and its error shape. */
class MissionControlIT extends PlainDeployment {

    private static final List<String> DOCUMENT_FIELDS = List.of("id", "clerk_user_id", "email", "name", "preferred_name",
            "pronouns", "timezone", "notes", "context", "is_super_admin");

    @AfterEach
    void restoreClerk() {
        clerk().reset();
    }

    private JsonObject me(String token) {
        HttpReply reply = http().get("/api/v1/users/me").bearer(token).send();
        assertEquals(200, reply.status(), reply::toString);
        return reply.json();
    }

    @Test
    void bootstrapAnswersTheSeedsDocumentInItsOrder() {
        String userId = newUserId();
        String jwt = clerk().token().subject(userId).claim("email", "Alex@Example.com").claim("name", "Alex Chen").sign();

        HttpReply reply = http().post("/api/v1/auth/bootstrap").bearer(jwt).send();

        assertEquals(200, reply.status(), reply::toString);
        JsonObject document = reply.json();
        assertEquals(DOCUMENT_FIELDS, new ArrayList<>(document.keySet()), reply.body());
        assertEquals(userId, document.getString("clerk_user_id"));
        assertEquals("alex@example.com", document.getString("email"));
        assertEquals("Alex Chen", document.getString("name"));
        for (String unset : List.of("preferred_name", "pronouns", "timezone", "notes", "context")) {
            assertEquals(JsonValue.NULL, document.get(unset), unset);
        }
        assertEquals(false, document.getBoolean("is_super_admin"));
        assertEquals(document, me(jwt), "GET /api/v1/users/me answers the same document");
        assertEquals(document, me(http().sessionToken(jwt)), "a session token is the same user");
    }

    @Test
    void patchEditsTheEditableFieldsAndNullClearsThem() {
        String jwt = userJwt();
        HttpReply edited = http().patch("/api/v1/users/me").bearer(jwt).json("""
                {"preferred_name": "Alex", "pronouns": "they/them", "timezone": "America/Los_Angeles",
                 "notes": "Primary operator for board triage.\\nSecond line.", "context": "Handles incidents."}""").send();

        assertEquals(200, edited.status(), edited::toString);
        JsonObject document = me(jwt);
        assertEquals("Alex", document.getString("preferred_name"));
        assertEquals("they/them", document.getString("pronouns"));
        assertEquals("America/Los_Angeles", document.getString("timezone"));
        assertEquals("Primary operator for board triage.\nSecond line.", document.getString("notes"));
        assertEquals("Handles incidents.", document.getString("context"));
        assertEquals(edited.json(), document);

        HttpReply cleared = http().patch("/api/v1/users/me").bearer(jwt).json("{\"pronouns\": null, \"notes\": \"\"}").send();
        assertEquals(200, cleared.status(), cleared::toString);
        assertEquals(JsonValue.NULL, me(jwt).get("pronouns"));
        assertEquals(JsonValue.NULL, me(jwt).get("notes"));
        assertEquals("Alex", me(jwt).getString("preferred_name"), "fields not sent stay as they are");
    }

    @Test
    void patchRefusesOtherFieldsAndBadValuesWith422AndChangesNothing() {
        String jwt = clerk().token().subject(newUserId()).claim("email", "kept@example.com").claim("name", "Kept").sign();
        http().patch("/api/v1/users/me").bearer(jwt).json("{\"preferred_name\": \"Before\"}").send();

        assertMissionControlProblem(http().patch("/api/v1/users/me").bearer(jwt)
                .json("{\"preferred_name\": \"After\", \"email\": \"x@example.com\"}").send(), 422, "validation_failed",
                "email cannot be changed through the API");
        assertMissionControlProblem(http().patch("/api/v1/users/me").bearer(jwt).json("{\"is_super_admin\": true}").send(),
                422, "validation_failed", "is_super_admin cannot be changed through the API");
        assertMissionControlProblem(http().patch("/api/v1/users/me").bearer(jwt).json("{\"timezone\": \"Mars/Olympus\"}").send(),
                422, "validation_failed", "timezone must be an IANA time zone such as America/Los_Angeles");
        assertMissionControlProblem(http().patch("/api/v1/users/me").bearer(jwt).json("{\"timezone\": \"+02:00\"}").send(),
                422, "validation_failed", "timezone must be an IANA time zone such as America/Los_Angeles");
        assertMissionControlProblem(http().patch("/api/v1/users/me").bearer(jwt).json("{\"pronouns\": 3}").send(),
                422, "validation_failed", "pronouns must be a string or null");
        assertMissionControlProblem(http().patch("/api/v1/users/me").bearer(jwt).json("{\"pronouns\": \"" + "x".repeat(65) + "\"}").send(),
                422, "validation_failed", "pronouns must be at most 64 characters");
        HttpReply unknown = http().patch("/api/v1/users/me").bearer(jwt).json("{\"nickname\": \"x\"}").send();
        assertEquals(422, unknown.status(), unknown::toString);

        JsonObject document = me(jwt);
        assertEquals("Before", document.getString("preferred_name"), "a refused edit changes nothing, not even the valid fields");
        assertEquals("kept@example.com", document.getString("email"));
        assertEquals(false, document.getBoolean("is_super_admin"));
    }

    @Test
    void errorsUnderApiV1HaveMissionControlsShape() {
        HttpReply missing = http().get("/api/v1/users/me").send();
        assertEquals(401, missing.status(), missing::toString);
        assertEquals(Json.createReader(new java.io.StringReader("""
                {"detail": {"code": "unauthorized", "message": "Not authenticated"}, "code": "unauthorized", "retryable": false}""")).readObject(),
                missing.json());

        for (String bad : List.of("invalid.jwt.token", clerk().token().subject(newUserId()).expiresAt(java.time.Instant.now().minusSeconds(600)).sign(),
                "msc_unknownsessiontoken")) {
            HttpReply refused = http().post("/api/v1/auth/bootstrap").bearer(bad).send();
            assertMissionControlProblem(refused, 401, "unauthorized", "Not authenticated");
        }

        assertMissionControlProblem(http().get("/api/v1/users/me").bearer(http().anonymousToken(newDeviceId())).send(),
                403, "forbidden", "Forbidden: this endpoint is not available to this caller");
        HttpReply unknownPath = http().get("/api/v1/nothing-here").bearer(userJwt()).send();
        assertEquals(404, unknownPath.status(), unknownPath::toString);
        assertTrue(unknownPath.json().get("detail") instanceof JsonObject, unknownPath::toString);

        HttpReply core = http().get("/projects").send();
        assertProblem(core, 401, "Missing Bearer token");
    }

    @Test
    void withoutEmailOrNameClaimsTheBackendApiFillsTheDocument() {
        String userId = newUserId();
        clerk().putUser(userId, "Katherine@Example.com", "Katherine", "Johnson");

        JsonObject document = me(clerk().token().subject(userId).sign());

        assertEquals("katherine@example.com", document.getString("email"));
        assertEquals("Katherine Johnson", document.getString("name"));
    }

    @Test
    void emailFollowsClerkButTheNameIsKeptOnceSet() {
        String userId = newUserId();
        me(clerk().token().subject(userId).claim("email", "first@example.com").claim("name", "First Name").sign());

        JsonObject document = me(clerk().token().subject(userId).claim("email", "second@example.com").claim("name", "Second Name").sign());

        assertEquals("second@example.com", document.getString("email"));
        assertEquals("First Name", document.getString("name"));
    }

    @Test
    void racingFirstRequestsOfANewUserCreateOneUser() throws Exception {
        String jwt = clerk().token().subject(newUserId()).claim("email", "race@example.com").claim("name", "Race").sign();
        List<Callable<HttpReply>> calls = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            calls.add(() -> http().get("/api/v1/users/me").bearer(jwt).send());
        }
        Set<String> ids = new HashSet<>();
        for (HttpReply reply : race(calls)) {
            assertEquals(200, reply.status(), reply::toString);
            ids.add(reply.json().getString("id"));
        }
        assertEquals(1, ids.size(), ids::toString);
    }

    @Test
    void theActiveOrganizationIsMirroredWithTheRoleKeptCurrent() {
        String userId = newUserId();
        String orgId = "org_" + newUserId().substring(5);
        me(clerk().token().subject(userId).claim("o", Map.of("id", orgId, "slg", "acme", "rol", "admin")).sign());
        assertEquals(List.of(Map.of("id", orgId, "slug", "acme", "role", "admin")), organizations(userId));

        me(clerk().token().subject(userId).claim("o", Map.of("id", orgId, "slg", "acme-inc", "rol", "member")).sign());
        assertEquals(List.of(Map.of("id", orgId, "slug", "acme-inc", "role", "member")), organizations(userId));

        String v1Org = "org_" + newUserId().substring(5);
        me(clerk().token().subject(userId).claim("org_id", v1Org).claim("org_slug", "beta").claim("org_role", "org:admin").sign());
        List<Map<String, String>> both = organizations(userId);
        assertEquals(2, both.size(), both::toString);
        assertTrue(both.contains(Map.of("id", v1Org, "slug", "beta", "role", "admin")), both::toString);
    }

    private List<Map<String, String>> organizations(String userId) {
        HttpReply reply = http().get("/api/v1/users/me/organizations").bearer(clerk().token().subject(userId).sign()).send();
        assertEquals(200, reply.status(), reply::toString);
        return reply.json().getJsonArray("organizations").getValuesAs(JsonObject.class).stream()
                .map(o -> Map.of("id", o.getString("id"), "slug", o.getString("slug"), "role", o.getString("role")))
                .toList();
    }

    static void assertMissionControlProblem(HttpReply reply, int status, String code, String message) {
        assertEquals(status, reply.status(), reply::toString);
        JsonObject body = reply.json();
        assertEquals(code, body.getString("code"), reply::toString);
        assertEquals(code, body.getJsonObject("detail").getString("code"), reply::toString);
        assertEquals(message, body.getJsonObject("detail").getString("message"), reply::toString);
        assertTrue(body.containsKey("retryable"), reply::toString);
    }
}
