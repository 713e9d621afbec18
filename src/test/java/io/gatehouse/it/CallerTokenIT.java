package io.gatehouse.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gatehouse.testing.ClerkToken;
import io.gatehouse.testing.HttpReply;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The MicroProfile JWT programming model without {@code @LoginConfig}: for every kind of caller, what a resource
 * sees through {@code @Inject JsonWebToken} and {@code SecurityContext.getUserPrincipal()} (the test-only
 * {@link CallerProbeResource}, added to this deployment only), and Gatehouse's own endpoints that read the caller
 * that way ({@code /projects}, {@code /auth/rebind}). Local mode is in {@link LocalModeIT}.
 */
@Tag(GatehouseIT.DATABASE_INDEPENDENT)
class CallerTokenIT extends SecretsDeployment {

    private static final String PROBE = "/test-only/caller";

    private JsonObject probe(String token) {
        HttpReply reply = http().get(PROBE).bearer(token).send();
        assertEquals(200, reply.status(), reply::toString);
        return reply.json();
    }

    private static List<String> strings(JsonObject seen, String name) {
        return seen.getJsonArray(name).getValuesAs(JsonString::getString);
    }

    /** The principal is the injected token: same name and subject, on the server's own SecurityContext. */
    private static void assertPrincipalIsTheToken(JsonObject seen) {
        assertTrue(seen.getBoolean("principal_is_json_web_token"), seen::toString);
        assertEquals(seen.getString("name"), seen.getString("principal_name"), seen::toString);
        assertEquals(seen.getString("sub"), seen.getString("principal_subject"), seen::toString);
        assertEquals(JsonValue.NULL, seen.get("raw_token"), "never a credential: " + seen);
    }

    private JsonObject currentSession(String token) {
        return http().get("/auth/sessions").bearer(token).send().json().getJsonArray("sessions").stream()
                .map(JsonValue::asJsonObject).filter(s -> s.getBoolean("current")).findFirst().orElseThrow();
    }

    @Test
    void aClerkJwtCallerSeesItsVerifiedClaims() {
        String userId = newUserId();
        Instant exp = Instant.now().plusSeconds(50);
        ClerkToken jwt = clerk().token().subject(userId).expiresAt(exp).claim("email", "jo@example.com")
                .claim("groups", List.of("admin")).claim("raw_token", "forged");
        JsonObject seen = probe(jwt.sign());

        assertPrincipalIsTheToken(seen);
        assertEquals(userId, seen.getString("sub"));
        assertEquals(List.of("user"), strings(seen, "groups"), "groups are the roles, not the token's claim");
        assertEquals(exp.getEpochSecond(), seen.getJsonNumber("exp").longValue());
        assertEquals(Json.createValue(jwt.sessionIdValue()), seen.get("sid"), "Clerk's session id, as verified");
        List<String> names = strings(seen, "claim_names");
        assertTrue(names.containsAll(List.of("azp", "email", "exp", "groups", "iat", "iss", "sid", "sub")), names::toString);
        assertFalse(names.contains("raw_token"), names::toString);
        assertTrue(seen.getBoolean("in_role_user"), seen::toString);
        assertFalse(seen.getBoolean("in_role_anonymous"), seen::toString);
    }

    @Test
    void anAccessTokenCallerSeesItsVerifiedClaims() {
        String userId = newUserId();
        String token = clerk().token().typ("at+jwt").subject(userId).without("sid").without("sts").without("azp")
                .claim("aud", List.of(BASE + "/mcp")).claim("client_id", "mcp-client-1").claim("scope", "profile").sign();
        JsonObject seen = probe(token);

        assertPrincipalIsTheToken(seen);
        assertEquals(userId, seen.getString("sub"));
        assertEquals(List.of("user"), strings(seen, "groups"));
        assertTrue(strings(seen, "claim_names").containsAll(List.of("aud", "client_id", "scope")), seen::toString);
        assertEquals(JsonValue.NULL, seen.get("sid"), seen::toString);
    }

    @Test
    void aSessionCallerSeesSubjectGroupsExpiryAndSessionId() {
        String userId = newUserId();
        String jwt = clerk().token().subject(userId).sign();
        String session = http().sessionToken(jwt);
        JsonObject seen = probe(session);
        JsonObject listed = currentSession(session);

        assertPrincipalIsTheToken(seen);
        assertEquals(List.of("exp", "groups", "sid", "sub"), strings(seen, "claim_names"));
        assertEquals(userId, seen.getString("sub"));
        assertEquals(List.of("user"), strings(seen, "groups"));
        assertEquals(listed.getString("id"), seen.getString("sid"), "the Gatehouse session id, as GET /auth/sessions shows it");
        assertEquals(Instant.parse(listed.getString("expires_at")).getEpochSecond(), seen.getJsonNumber("exp").longValue());
        assertEquals(probe(jwt).getString("name"), seen.getString("name"), "one principal whatever the credential");
        assertTrue(seen.getBoolean("in_role_user"), seen::toString);
    }

    @Test
    void anAnonymousCallerSeesItsRole() {
        String anonymous = http().anonymousToken(newDeviceId());
        JsonObject seen = probe(anonymous);

        assertPrincipalIsTheToken(seen);
        assertEquals("anon:" + seen.getString("name"), seen.getString("sub"));
        assertEquals(List.of("anonymous"), strings(seen, "groups"));
        assertEquals(currentSession(anonymous).getString("id"), seen.getString("sid"));
        assertTrue(seen.getJsonNumber("exp").longValue() > Instant.now().getEpochSecond(), seen::toString);
        assertTrue(seen.getBoolean("in_role_anonymous"), seen::toString);
        assertFalse(seen.getBoolean("in_role_user"), seen::toString);
    }

    @Test
    void anAgentSeesItsOwnersNameAndItsOwnSubject() {
        String owner = clerk().token().subject(newUserId()).sign();
        JsonObject created = http().post("/api/v1/agents").bearer(owner).json("{\"name\": \"probe\"}").send().json();
        JsonObject seen = probe(created.getString("token"));

        assertPrincipalIsTheToken(seen);
        assertEquals(probe(owner).getString("name"), seen.getString("name"), "an agent acts as its owner");
        assertEquals("agent:" + created.getString("id"), seen.getString("sub"));
        assertEquals(List.of("agent"), strings(seen, "groups"));
        assertEquals(created.getString("id"), seen.getString("sid"), "an agent token's id");
        assertEquals(Instant.parse(created.getString("expires_at")).getEpochSecond(), seen.getJsonNumber("exp").longValue());
        assertTrue(seen.getBoolean("in_role_agent"), seen::toString);
    }

    @Test
    void withoutACallerTheTokenIsEmpty() {
        HttpReply reply = http().get(PROBE).send();
        assertEquals(200, reply.status(), reply::toString);
        JsonObject seen = reply.json();

        assertFalse(seen.getBoolean("principal_is_json_web_token"), seen::toString);
        assertEquals(JsonValue.NULL, seen.get("name"), seen::toString);
        assertEquals(List.of(), strings(seen, "claim_names"));
        assertEquals(List.of(), strings(seen, "groups"));

        HttpReply refused = http().get(PROBE).bearer("msc_not-a-live-token-at-all-0000000000000000000000").send();
        assertEquals(JsonValue.NULL, refused.json().get("name"), "a refused credential is no caller: " + refused);
    }

    /** {@code /projects} reads the owner as {@code JsonWebToken.getName()}: one owner whatever the credential. */
    @Test
    void projectsBelongToThePrincipalWhateverTheCredential() {
        String jwt = clerk().token().subject(newUserId()).sign();
        String session = http().sessionToken(jwt);
        String agent = http().post("/api/v1/agents").bearer(jwt).json("{\"name\": \"p\"}").send().json().getString("token");
        HttpReply created = http().post("/projects").bearer(session).json("{\"name\": \"Mine\"}").send();
        assertEquals(201, created.status(), created::toString);
        String id = created.json().getString("id");

        for (String credential : List.of(jwt, session, agent)) {
            HttpReply listed = http().get("/projects").bearer(credential).send();
            assertEquals(200, listed.status(), listed::toString);
            assertEquals(List.of(id), listed.json().getJsonArray("projects").stream()
                    .map(p -> p.asJsonObject().getString("id")).toList());
        }
        String anonymous = http().anonymousToken(newDeviceId());
        assertEquals("{\"projects\":[]}", http().get("/projects").bearer(anonymous).send().body());
    }

    /** {@code /auth/rebind} refuses an anonymous caller by its {@code groups}, with the documented answer. */
    @Test
    void rebindRefusesAnAnonymousCallerByItsGroups() {
        HttpReply refused = http().post("/auth/rebind").bearer(http().anonymousToken(newDeviceId()))
                .json("{\"device_id\": \"" + newDeviceId() + "\"}").send();
        assertProblem(refused, 401, "Rebind requires an authenticated user token; got anonymous session");

        HttpReply nothing = http().post("/auth/rebind").bearer(userJwt()).json("{\"device_id\": \"" + newDeviceId() + "\"}").send();
        assertEquals(200, nothing.status(), nothing::toString);
        assertEquals("{\"rebound\":false}", nothing.body());
    }
}
