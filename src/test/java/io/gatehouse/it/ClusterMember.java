package io.gatehouse.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.gatehouse.testing.FakeClerk;
import io.gatehouse.testing.GatehouseClient;
import io.gatehouse.testing.HttpReply;
import io.gatehouse.testing.ServerProcess;
import io.gatehouse.testing.SseConnection;
import io.gatehouse.testing.SvixWebhook;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.MalformedURLException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * One instance of a cluster under test, named for messages ("A", "B"), and the calls the cluster test makes on
 * it. A restarted instance keeps its port, so the same object reaches it again.
 */
record ClusterMember(String name, GatehouseClient http) {

    static ClusterMember of(String name, ServerProcess server) {
        try {
            return new ClusterMember(name, new GatehouseClient(server.baseUri().toURL()));
        } catch (MalformedURLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A Clerk session JWT of the user, signed by the shared fake Clerk: accepted by every member as it is. */
    static String jwt(String userId) {
        return FakeClerk.shared().token().subject(userId).sign();
    }

    /** A session exchanged here from a Clerk JWT of the user. */
    String session(String userId) {
        return http.sessionToken(jwt(userId));
    }

    String anonymous(String device) {
        return http.anonymousToken(device);
    }

    /** The HTTP status this member answers the credential's probe with. */
    int status(Credential credential) {
        return http.get(credential.probe()).bearer(credential.token()).send().status();
    }

    void assertAccepts(Credential credential) {
        HttpReply reply = http.get(credential.probe()).bearer(credential.token()).send();
        assertEquals(200, reply.status(), credential.what() + " on " + name + ": " + reply);
    }

    HttpReply logout(String token) {
        return http.delete("/auth/session").bearer(token).send();
    }

    /**
     * A new agent token of the owner (any credential of the user): {@code id} and {@code token}. Created with a fresh
     * Clerk JWT of that user, as creating one requires.
     */
    JsonObject createAgent(String owner) {
        HttpReply me = http.get("/api/v1/users/me").bearer(owner).send();
        assertEquals(200, me.status(), "the owner on " + name + ": " + me);
        String fresh = jwt(me.json().getString("clerk_user_id"));
        HttpReply reply = http.post("/api/v1/agents").bearer(fresh).json("{\"name\": \"cluster bot\"}").send();
        assertEquals(201, reply.status(), "agent token on " + name + ": " + reply);
        return reply.json();
    }

    /** The id of the user the credential acts for. */
    String userOf(String credential) {
        HttpReply reply = http.get("/api/v1/users/me").bearer(credential).send();
        assertEquals(200, reply.status(), "the user on " + name + ": " + reply);
        return reply.json().getString("id");
    }

    /** The id of the session the token is, from the caller's session list. */
    String sessionId(String token) {
        HttpReply reply = http.get("/auth/sessions").bearer(token).send();
        assertEquals(200, reply.status(), "sessions on " + name + ": " + reply);
        return reply.json().getJsonArray("sessions").getValuesAs(JsonObject.class).stream()
                .filter(s -> s.getBoolean("current")).findFirst().orElseThrow().getString("id");
    }

    String createProject(String credential) {
        HttpReply reply = http.post("/projects").bearer(credential).json("{\"name\": \"clustered\"}").send();
        assertEquals(201, reply.status(), "project on " + name + ": " + reply);
        return reply.json().getString("id");
    }

    List<String> projectIds(String credential) {
        HttpReply reply = http.get("/projects").bearer(credential).send();
        assertEquals(200, reply.status(), "projects on " + name + ": " + reply);
        return reply.json().getJsonArray("projects").getValuesAs(JsonObject.class).stream().map(p -> p.getString("id")).toList();
    }

    HttpReply mint(String device) {
        return http.post("/auth/anonymous").json(Json.createObjectBuilder().add("device_id", device).build().toString()).send();
    }

    HttpReply rebind(String credential, String device) {
        return http.post("/auth/rebind").bearer(credential)
                .json(Json.createObjectBuilder().add("device_id", device).build().toString()).send();
    }

    /** {@code POST /auth/revoke} (RFC 7009) as the introspection client. */
    HttpReply revoke(String token, String client, String secret) {
        String basic = Base64.getEncoder().encodeToString((client + ":" + secret).getBytes(StandardCharsets.UTF_8));
        String form = "token=" + URLEncoder.encode(token, StandardCharsets.UTF_8) + "&token_type_hint=access_token";
        return http.post("/auth/revoke").header("Authorization", "Basic " + basic)
                .body("application/x-www-form-urlencoded", form).send();
    }

    /** Clerk's {@code user.deleted} webhook, signed as Svix signs it. */
    HttpReply deliverUserDeleted(String userId, SvixWebhook svix) {
        String body = Json.createObjectBuilder().add("type", "user.deleted").add("object", "event")
                .add("timestamp", System.currentTimeMillis())
                .add("data", Json.createObjectBuilder().add("id", userId).add("object", "user").add("deleted", true))
                .build().toString();
        String messageId = "msg_" + UUID.randomUUID().toString().replace("-", "");
        long now = Instant.now().getEpochSecond();
        return http.post("/webhooks/clerk").json(body).header("svix-id", messageId)
                .header("svix-timestamp", String.valueOf(now)).header("svix-signature", svix.signature(messageId, now, body))
                .send();
    }

    /** The run's event stream, opened with the given headers. */
    SseConnection events(String run, Map<String, String> headers) {
        return SseConnection.open(http.uri("/research/" + run + "/events"), headers);
    }

    URI webSocket() {
        return URI.create(http.uri("/ws").toString().replaceFirst("^http", "ws"));
    }
}
