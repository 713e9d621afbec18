package io.gatehouse.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gatehouse.discovery.control.AgentAuthErrors;
import io.gatehouse.testing.GatehouseDeployment;
import io.gatehouse.testing.HttpReply;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringReader;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The discovery surface: every URL it publishes comes from {@code PUBLIC_BASE_URL}, never from the request;
 * Clerk's authorization-server metadata is passed through, waited for while Clerk is down at boot and kept
 * while Clerk fails later; the agent-auth URIs refuse; the text documents and the OpenAPI document are served.
 */
@Tag(GatehouseIT.DATABASE_INDEPENDENT)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DiscoveryIT extends GatehouseIT {

    private static final String BASE = "https://gatehouse.example.com";

    @Deployment(testable = false)
    static WebArchive deployment() {
        clerk().authorizationServerAvailable(false);
        Map<String, String> config = GatehouseDeployment.defaultConfig("discovery");
        config.put("public.base-url", BASE);
        config.put("clerk.metadata-retry-seconds", "1");
        return GatehouseDeployment.of(config);
    }

    @AfterAll
    static void restoreClerk() {
        clerk().reset();
    }

    @Test
    @Order(1)
    void authorizationServerMetadataIsUnavailableUntilClerkHasAnswered() {
        HttpReply reply = http().get("/.well-known/oauth-authorization-server").send();
        assertProblem(reply, 503, "Authorization server metadata is not available yet: Clerk could not be reached");
        assertEquals("temporarily_unavailable", reply.json().getString("code"));
        assertTrue(reply.json().getBoolean("retryable"));
        assertEquals("1", reply.header("Retry-After"), reply::toString);
    }

    @Test
    @Order(2)
    void authorizationServerMetadataIsClerksThenKeptWhileClerkFails() throws InterruptedException {
        clerk().authorizationServerAvailable(true);
        HttpReply reply = null;
        for (int attempt = 0; attempt < 40; attempt++) {
            reply = http().get("/.well-known/oauth-authorization-server").send();
            if (reply.status() == 200) {
                break;
            }
            Thread.sleep(250);
        }
        assertEquals(200, reply.status(), reply::toString);
        assertJson(reply);
        JsonObject clerksOwn = parse(clerk().authorizationServerMetadata());
        assertEquals(clerksOwn, reply.json());
        assertEquals(List.of("S256"), strings(reply.json(), "code_challenge_methods_supported"));

        int fetches = clerk().authorizationServerRequests();
        clerk().authorizationServerAvailable(false);
        for (int i = 0; i < 3; i++) {
            HttpReply kept = http().get("/.well-known/oauth-authorization-server").bearer("not-a-token").send();
            assertEquals(200, kept.status(), kept::toString);
            assertEquals(clerksOwn, kept.json());
        }
        assertEquals(fetches, clerk().authorizationServerRequests(), "served from the cache, without asking Clerk");
    }

    @Test
    void protectedResourceMetadataComesFromConfigurationNotTheRequest() throws IOException {
        HttpReply reply = http().get("/.well-known/oauth-protected-resource")
                .header("X-Forwarded-Host", "evil.example.org").bearer("not-a-token").send();
        assertEquals(200, reply.status(), reply::toString);
        assertJson(reply);
        JsonObject document = reply.json();
        assertEquals(BASE + "/mcp", document.getString("resource"));
        assertEquals(List.of(clerk().issuer()), strings(document, "authorization_servers"));
        assertEquals(List.of("profile", "email", "offline_access"), strings(document, "scopes_supported"));
        assertEquals(List.of("header"), strings(document, "bearer_methods_supported"));
        assertEquals("Gatehouse", document.getString("resource_name"));
        assertEquals(BASE + "/auth.md", document.getString("resource_documentation"));
        JsonObject agentAuth = document.getJsonObject("agent_auth");
        assertEquals("not_available", agentAuth.getString("status"));
        assertEquals(BASE + "/agent/auth/register", agentAuth.getString("register_uri"));
        assertEquals(BASE + "/agent/auth/claim", agentAuth.getString("claim_uri"));
        assertEquals(BASE + "/agent/auth/revoke", agentAuth.getString("revocation_uri"));
        assertEquals("email_not_enabled", agentAuth.getJsonObject("email").getString("unsupported_error"));
        assertEquals(BASE + "/.well-known/agent-skills/gatehouse/SKILL.md", agentAuth.getString("skill_uri"));

        String withForeignHost = rawGet("/.well-known/oauth-protected-resource", "evil.example.org");
        assertTrue(withForeignHost.startsWith("HTTP/1.1 200") || withForeignHost.startsWith("HTTP/1.0 200"), withForeignHost);
        assertEquals(document, parse(withForeignHost.substring(withForeignHost.indexOf("\r\n\r\n") + 4)));
        assertFalse(reply.body().contains("evil") || reply.body().contains(base.getHost() + ":" + base.getPort()), reply.body());
    }

    @Test
    void pathScopedMetadataIsTheSameDocument() {
        HttpReply root = http().get("/.well-known/oauth-protected-resource").send();
        HttpReply scoped = http().get("/.well-known/oauth-protected-resource/mcp").send();
        assertEquals(200, scoped.status(), scoped::toString);
        assertEquals(root.json(), scoped.json());
        assertEquals(404, http().get("/.well-known/oauth-protected-resource/other").send().status());
    }

    @Test
    void agentAuthUrisRefuseWhateverIsSent() {
        List<HttpReply> replies = List.of(
                http().post("/agent/auth/register").send(),
                http().post("/agent/auth/claim").json("{\"method\": \"email_code\", \"email\": \"ada@example.com\"").send(),
                http().post("/agent/auth/revoke").body("text/plain", "anything").bearer(userJwt()).send());
        for (HttpReply reply : replies) {
            assertEquals(403, reply.status(), reply::toString);
            assertJson(reply);
            assertEquals("agent_auth_not_available", reply.json().getString("error"));
            assertEquals("agent_auth_not_available", reply.json().getString("code"));
            assertTrue(reply.json().getString("error_description").contains("public read API"), reply::toString);
        }
        HttpReply get = http().get("/agent/auth/register").send();
        assertEquals(405, get.status(), get::toString);
        assertEquals("method_not_allowed", get.json().getString("code"));
    }

    @Test
    void errorInventory() {
        HttpReply reply = http().get("/.well-known/agent-auth-errors").send();
        assertEquals(200, reply.status(), reply::toString);
        assertJson(reply);
        assertEquals(AgentAuthErrors.SUPPORTED, strings(reply.json(), "errors_supported"));
        assertEquals("invalid_request", AgentAuthErrors.SUPPORTED.get(0));
        assertEquals(35, AgentAuthErrors.SUPPORTED.size());
    }

    @Test
    void textDocuments() {
        HttpReply llms = http().get("/llms.txt").send();
        assertEquals(200, llms.status(), llms::toString);
        assertEquals("text/plain;charset=utf-8", contentType(llms));
        assertTrue(llms.body().startsWith("# Gatehouse\n"), llms.body());
        assertTrue(llms.body().contains("(" + BASE + "/.well-known/oauth-protected-resource)"), llms.body());
        assertTrue(llms.body().contains("(" + BASE + "/public/tags/popular)"), llms.body());

        HttpReply auth = http().get("/auth.md").send();
        assertEquals(200, auth.status(), auth::toString);
        assertEquals("text/markdown;charset=utf-8", contentType(auth));
        assertTrue(auth.body().contains("resource_metadata=\"" + BASE + "/.well-known/oauth-protected-resource\""), auth.body());

        HttpReply skill = http().get("/.well-known/agent-skills/gatehouse/SKILL.md").send();
        assertEquals(200, skill.status(), skill::toString);
        assertEquals("text/markdown;charset=utf-8", contentType(skill));
        assertTrue(skill.body().contains(BASE + "/auth.md"), skill.body());
    }

    @Test
    void openApiDocument() {
        HttpReply reply = http().get("/openapi.json").send();
        assertEquals(200, reply.status(), reply::toString);
        assertJson(reply);
        JsonObject document = reply.json();
        assertTrue(document.getString("openapi").startsWith("3."), reply::toString);
        JsonObject paths = document.getJsonObject("paths");
        assertTrue(paths.getJsonObject("/auth/session").containsKey("post"), paths::toString);
        assertTrue(paths.getJsonObject("/.well-known/oauth-protected-resource").containsKey("get"), paths::toString);
        assertTrue(paths.getJsonObject("/agent/auth/register").containsKey("post"), paths::toString);
        assertEquals(BASE, document.getJsonArray("servers").getJsonObject(0).getString("url"));
    }

    private static void assertJson(HttpReply reply) {
        assertEquals("application/json", contentType(reply).replace(";charset=utf-8", ""), reply::toString);
    }

    private static String contentType(HttpReply reply) {
        String type = reply.header("Content-Type");
        assertNotNull(type, reply::toString);
        return type.toLowerCase().replace(" ", "");
    }

    private static List<String> strings(JsonObject object, String name) {
        return object.getJsonArray(name).getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
    }

    private static JsonObject parse(String json) {
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            return reader.readObject();
        }
    }

    /** A GET with a Host header of our choosing (java.net.http refuses to set one), read to the end (HTTP/1.0: no chunks). */
    private String rawGet(String path, String host) throws IOException {
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + path + " HTTP/1.0\r\nHost: " + host + "\r\nAccept: application/json\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
