package io.gatehouse.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gatehouse.testing.HttpReply;
import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/**
 * {@code PUT/DELETE /secrets/{name}}: presence in the bootstrap, validation, roles, rebind, and that the
 * database only ever holds sealed values. The H2 database is a file opened with {@code AUTO_SERVER}, so this
 * test can read the raw rows over JDBC while the server runs, as it does on PostgreSQL.
 */
class SecretsIT extends SecretsDeployment {

    private static final int OVERHEAD = 12 + 16;

    private HttpReply put(String token, String name, String value) {
        return http().put("/secrets/" + name).bearer(token).json("{\"value\": \"" + value + "\"}").send();
    }

    private JsonObject secretsOf(String token) {
        HttpReply reply = http().get("/auth/bootstrap").bearer(token).send();
        assertEquals(200, reply.status(), reply::toString);
        return reply.json().getJsonObject("secrets");
    }

    private static void assertFlags(JsonObject secrets, boolean github, boolean anthropic, boolean openai) {
        assertEquals(github, secrets.getBoolean("has_github_pat"), secrets::toString);
        assertEquals(anthropic, secrets.getBoolean("has_anthropic_key"), secrets::toString);
        assertEquals(openai, secrets.getBoolean("has_openai_key"), secrets::toString);
    }

    private static String distinctive(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().replace("-", "");
    }

    @Test
    void aStoredSecretShowsInTheBootstrapUntilDeleted() {
        String user = http().sessionToken(userJwt());
        assertFlags(secretsOf(user), false, false, false);

        HttpReply stored = put(user, "github_pat", distinctive("ghp"));
        assertEquals(204, stored.status(), stored::toString);
        assertEquals("", stored.body());
        assertFlags(secretsOf(user), true, false, false);
        assertEquals(204, put(user, "github_pat", distinctive("ghp")).status(), "replacing a value");
        assertEquals(204, put(user, "openai_key", distinctive("sk")).status());
        assertFlags(secretsOf(user), true, false, true);

        assertEquals(204, http().delete("/secrets/github_pat").bearer(user).send().status());
        assertFlags(secretsOf(user), false, false, true);
        assertEquals(204, http().delete("/secrets/github_pat").bearer(user).send().status(), "deleting is idempotent");
        assertEquals(204, http().delete("/secrets/anthropic_key").bearer(user).send().status(), "never set is fine too");
    }

    @Test
    void secretsBelongToTheirOwner() {
        String alice = http().sessionToken(userJwt());
        String bob = http().sessionToken(userJwt());
        assertEquals(204, put(alice, "anthropic_key", distinctive("sk-ant")).status());
        assertFlags(secretsOf(alice), false, true, false);
        assertFlags(secretsOf(bob), false, false, false);
        assertEquals(204, http().delete("/secrets/anthropic_key").bearer(bob).send().status());
        assertFlags(secretsOf(alice), false, true, false);
    }

    @Test
    void anAnonymousDeviceCanStoreSecrets() {
        String anonymous = http().anonymousToken(newDeviceId());
        assertEquals(204, put(anonymous, "openai_key", distinctive("sk")).status());
        assertFlags(secretsOf(anonymous), false, false, true);
    }

    @Test
    void unknownNamesAreNotFound() {
        String user = http().sessionToken(userJwt());
        String detail = "Unknown secret aws_key; known: github_pat, anthropic_key, openai_key";
        HttpReply reply = put(user, "aws_key", "x");
        assertProblem(reply, 404, detail);
        assertEquals("not_found", reply.json().getString("code"));
        assertProblem(http().delete("/secrets/aws_key").bearer(user).send(), 404, detail);
    }

    @Test
    void badBodiesAreRefused() {
        String user = http().sessionToken(userJwt());
        String value = distinctive("sk-secret");
        List<HttpReply> replies = new ArrayList<>();
        replies.add(assertInvalid(http().put("/secrets/openai_key").bearer(user).json("{}").send(), "value required"));
        replies.add(assertInvalid(http().put("/secrets/openai_key").bearer(user).json("{\"value\": 7}").send(),
                "value must be a string"));
        replies.add(assertInvalid(put(user, "openai_key", ""), "value must not be empty"));
        replies.add(assertInvalid(put(user, "openai_key", "v".repeat(4097)), "value must be at most 4096 characters"));
        replies.add(assertInvalid(http().put("/secrets/openai_key").bearer(user)
                .json("{\"value\": \"" + value + "\", \"note\": \"x\"}").send(), "Unknown field note; fields: value"));
        HttpReply malformed = http().put("/secrets/openai_key").bearer(user).json("{\"value\": ").send();
        assertEquals(400, malformed.status(), malformed::toString);
        replies.forEach(reply -> assertFalse(reply.body().contains(value), reply::toString));
        assertFlags(secretsOf(user), false, false, false);
        assertEquals(204, put(user, "openai_key", "v".repeat(4096)).status(), "4096 characters are fine");
    }

    private static HttpReply assertInvalid(HttpReply reply, String detail) {
        assertProblem(reply, 422, detail);
        assertEquals("validation_failed", reply.json().getString("code"));
        return reply;
    }

    @Test
    void agentsAndStrangersCannotSetSecrets() {
        String ownerJwt = userJwt();
        String owner = http().sessionToken(ownerJwt);
        HttpReply created = http().post("/api/v1/agents").bearer(ownerJwt).json("{\"name\": \"bot\"}").send();
        assertEquals(201, created.status(), created::toString);
        String agent = created.json().getString("token");

        assertEquals(403, put(agent, "github_pat", distinctive("ghp")).status());
        assertEquals(403, http().delete("/secrets/github_pat").bearer(agent).send().status());
        assertFlags(secretsOf(owner), false, false, false);
        assertProblem(http().put("/secrets/github_pat").json("{\"value\": \"x\"}").send(), 401, "Missing Bearer token");
    }

    @Test
    void theValueIsNeverAnsweredAndOnlySealedAtRest() throws SQLException {
        String user = http().sessionToken(userJwt());
        String value = distinctive("ghp-plaintext-canary");
        byte[] plaintext = value.getBytes(StandardCharsets.UTF_8);

        List<HttpReply> replies = List.of(put(user, "github_pat", value),
                http().get("/auth/bootstrap").bearer(user).send(),
                http().get("/api/v1/users/me").bearer(user).send(),
                http().get("/secrets/github_pat").bearer(user).send(),
                http().get("/openapi.json").send());
        assertEquals(204, replies.get(0).status(), replies.get(0)::toString);
        assertEquals(405, replies.get(3).status(), "no endpoint reads a secret: " + replies.get(3));
        replies.forEach(reply -> assertFalse(reply.body().contains(value), reply::toString));

        List<byte[]> sealed = new ArrayList<>();
        for (Row row : rows()) {
            assertFalse(contains(row.ciphertext(), plaintext), "a row holds the plaintext");
            if (row.ciphertext().length == plaintext.length + OVERHEAD) {
                sealed.add(row.ciphertext());
            }
        }
        assertFalse(sealed.isEmpty(), "the sealed value is IV, ciphertext and tag");
    }

    private HttpReply rebind(String user, String device, String anonymousToken) {
        String proof = anonymousToken == null ? "" : ", \"anonymous_token\": \"" + anonymousToken + "\"";
        return http().post("/auth/rebind").bearer(user).json("{\"device_id\": \"" + device + "\"" + proof + "}").send();
    }

    @Test
    void rebindWithProofMovesTheDevicesSecretsAndKeepsTheUsersOnConflict() throws SQLException {
        String device = newDeviceId();
        String anonymous = http().anonymousToken(device);
        assertEquals(204, put(anonymous, "github_pat", distinctive("device-ghp")).status());
        assertEquals(204, put(anonymous, "anthropic_key", distinctive("device-ant")).status());
        String user = http().sessionToken(userJwt());
        assertEquals(204, put(user, "anthropic_key", distinctive("user-ant")).status());
        List<Row> before = rows();

        HttpReply rebound = rebind(user, device, anonymous);

        assertEquals(200, rebound.status(), rebound::toString);
        assertEquals(1, rebound.json().getInt("rows_updated"), "the github_pat moved; the duplicate was dropped");
        assertTrue(rebound.json().getBoolean("secrets_moved"), rebound::toString);
        assertEquals(0, rebound.json().getInt("secrets_deleted"), rebound::toString);
        assertFlags(secretsOf(user), true, true, false);
        UUID anon = UUID.fromString(rebound.json().getString("anon_uuid"));
        Row deviceGithub = find(before, r -> r.owner().equals(anon) && r.name().equals("github_pat"));
        Row deviceAnthropic = find(before, r -> r.owner().equals(anon) && r.name().equals("anthropic_key"));
        List<Row> after = rows();
        assertTrue(after.stream().noneMatch(r -> r.owner().equals(anon)), "the device owns nothing any more");
        assertTrue(after.stream().noneMatch(r -> r.id().equals(deviceAnthropic.id())), "the device's duplicate is gone");
        Row moved = find(after, r -> r.id().equals(deviceGithub.id()));
        assertTrue(Arrays.equals(deviceGithub.ciphertext(), moved.ciphertext()), "moved as it was");
        UUID userId = moved.owner();
        Row usersBefore = find(before, r -> r.owner().equals(userId) && r.name().equals("anthropic_key"));
        Row usersAfter = find(after, r -> r.owner().equals(userId) && r.name().equals("anthropic_key"));
        assertEquals(usersBefore.id(), usersAfter.id(), "the user's own value wins");
        assertTrue(Arrays.equals(usersBefore.ciphertext(), usersAfter.ciphertext()), "the user's own value wins");
    }

    @Test
    void withoutProofTheDevicesSecretsAreDeletedWithTheRebind() throws SQLException {
        String device = newDeviceId();
        String anonymous = http().anonymousToken(device);
        assertEquals(204, put(anonymous, "github_pat", distinctive("device-ghp")).status());
        assertEquals(204, put(anonymous, "openai_key", distinctive("device-sk")).status());
        assertEquals(201, http().post("/projects").bearer(anonymous).json("{\"name\": \"draft\"}").send().status());
        String user = http().sessionToken(userJwt());

        HttpReply rebound = rebind(user, device, null);

        assertEquals(200, rebound.status(), rebound::toString);
        JsonObject body = rebound.json();
        assertTrue(body.getBoolean("rebound"), body::toString);
        assertEquals(1, body.getInt("rows_updated"), "the project moved");
        assertFalse(body.getBoolean("secrets_moved"), body::toString);
        assertEquals(2, body.getInt("secrets_deleted"), body::toString);
        assertFlags(secretsOf(user), false, false, false);
        UUID anon = UUID.fromString(body.getString("anon_uuid"));
        assertTrue(rows().stream().noneMatch(r -> r.owner().equals(anon)), "deleted, not left on the device");
    }

    @Test
    void secretsWrittenOnADeviceAfterItsRebindNeverReachTheUser() throws SQLException {
        String device = newDeviceId();
        String user = http().sessionToken(userJwt());
        String anonymous = http().anonymousToken(device);
        assertEquals(204, put(anonymous, "anthropic_key", distinctive("owners-ant")).status());
        JsonObject first = rebind(user, device, anonymous).json();
        assertTrue(first.getBoolean("secrets_moved"), first::toString);
        UUID anon = UUID.fromString(first.getString("anon_uuid"));
        assertFlags(secretsOf(user), false, true, false);

        String stranger = http().anonymousToken(device);
        assertEquals(204, put(stranger, "github_pat", distinctive("strangers-ghp")).status());
        HttpReply withoutProof = rebind(user, device, null);
        assertEquals("{\"rebound\":false,\"secrets_moved\":false,\"secrets_deleted\":1}", withoutProof.body(),
                withoutProof::toString);
        assertFlags(secretsOf(user), false, true, false);
        assertTrue(rows().stream().noneMatch(r -> r.owner().equals(anon)), "the stranger's secret is deleted");

        String again = http().anonymousToken(device);
        assertEquals(204, put(again, "openai_key", distinctive("strangers-oai")).status());
        HttpReply withProof = rebind(user, device, again);
        assertEquals("{\"rebound\":false,\"secrets_moved\":false,\"secrets_deleted\":1}", withProof.body(),
                withProof::toString);
        assertFlags(secretsOf(user), false, true, false);
        assertTrue(rows().stream().noneMatch(r -> r.owner().equals(anon)), "with proof too: never moved, deleted");
    }

    private record Row(UUID owner, String name, UUID id, byte[] ciphertext) {
    }

    private static Row find(List<Row> rows, Predicate<Row> match) {
        return rows.stream().filter(match).findFirst().orElseThrow(() -> new AssertionError("no such row in " + rows));
    }

    /** Every row of the deployment's {@code secrets} table, read directly over JDBC. */
    private static List<Row> rows() throws SQLException {
        String url = database().get("db.url");
        if (url.startsWith("jdbc:h2:")) {
            url = url.substring(0, url.indexOf(';')) + ";AUTO_SERVER=TRUE;IFEXISTS=TRUE";
        }
        String user = database().getOrDefault("db.user", "sa");
        String password = database().getOrDefault("db.password", "");
        List<Row> rows = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection(url, user, password);
                PreparedStatement query = connection.prepareStatement("SELECT owner_id, name, id, ciphertext FROM secrets");
                ResultSet result = query.executeQuery()) {
            while (result.next()) {
                rows.add(new Row(result.getObject(1, UUID.class), result.getString(2), result.getObject(3, UUID.class),
                        result.getBytes(4)));
            }
        }
        return rows;
    }

    private static boolean contains(byte[] haystack, byte[] needle) {
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            if (Arrays.equals(haystack, i, i + needle.length, needle, 0, needle.length)) {
                return true;
            }
        }
        return false;
    }
}
