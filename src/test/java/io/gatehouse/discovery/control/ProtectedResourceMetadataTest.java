package io.gatehouse.discovery.control;

import io.gatehouse.http.entity.ProtectedResource;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfigBuilder;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class ProtectedResourceMetadataTest {

    private static final String BASE = "https://gatehouse.example.com";
    private static final String ISSUER = "https://clerk.example.com";

    static ProtectedResource resource(Map<String, String> entries) {
        return ProtectedResource.from(new SmallRyeConfigBuilder()
                .withSources(new PropertiesConfigSource(entries, "test", 500)).build());
    }

    private static final ProtectedResource DEFAULT = resource(Map.of("public.base-url", BASE + "/"));

    @Test
    void documentComesFromConfiguration() {
        JsonObject document = ProtectedResourceMetadata.of(DEFAULT, Optional.of(ISSUER));
        assertEquals(List.of("resource", "authorization_servers", "scopes_supported", "bearer_methods_supported",
                "resource_name", "resource_documentation", "agent_auth"), new ArrayList<>(document.keySet()));
        assertEquals(BASE + "/mcp", document.getString("resource"));
        assertEquals(List.of(ISSUER), strings(document.getJsonArray("authorization_servers")));
        assertEquals(List.of("profile", "email", "offline_access"), strings(document.getJsonArray("scopes_supported")));
        assertEquals(List.of("header"), strings(document.getJsonArray("bearer_methods_supported")));
        assertEquals("Gatehouse", document.getString("resource_name"));
        assertEquals(BASE + "/auth.md", document.getString("resource_documentation"));
        assertEquals("not_available", document.getJsonObject("agent_auth").getString("status"));
    }

    @Test
    void noIssuerMeansNoAuthorizationServer() {
        JsonObject document = ProtectedResourceMetadata.of(DEFAULT, Optional.empty());
        assertEquals(JsonValue.EMPTY_JSON_ARRAY, document.getJsonArray("authorization_servers"));
    }

    @Test
    void resourcePathScopesAndStatusAreConfigurable() {
        ProtectedResource custom = resource(Map.of("public.base-url", BASE, "oauth.resource-path", "tools/mcp",
                "oauth.scopes", "profile", "agent-auth.status", "available"));
        JsonObject document = ProtectedResourceMetadata.of(custom, Optional.of(ISSUER));
        assertEquals(BASE + "/tools/mcp", document.getString("resource"));
        assertEquals("/tools/mcp", ProtectedResourceMetadata.resourcePath(custom));
        assertEquals(List.of("profile"), strings(document.getJsonArray("scopes_supported")));
        assertEquals("available", document.getJsonObject("agent_auth").getString("status"));
    }

    @Test
    void agentAuthHasTheReferenceStructure() {
        JsonObject ours = ProtectedResourceMetadata.agentAuth(DEFAULT);
        assertSameShape("agent_auth", reference().getJsonObject("agent_auth"), ours);
        assertEquals(BASE + "/agent/auth/register", ours.getString("register_uri"));
        assertEquals(BASE + "/.well-known/agent-skills/gatehouse/SKILL.md", ours.getString("skill_uri"));
        assertEquals("Sign in through the product's app, enter the one-time code there, and continue in the app.",
                ours.getJsonObject("email").getJsonObject("template").getString("user_action"));
    }

    @Test
    void placeholdersAreEscapedInJson() {
        ProtectedResource odd = resource(Map.of("public.base-url", "https://example.com/\"x\\", "agent-auth.status", "a\"b"));
        JsonObject agentAuth = ProtectedResourceMetadata.agentAuth(odd);
        assertEquals("a\"b", agentAuth.getString("status"));
        assertEquals("https://example.com/\"x\\/auth.md", agentAuth.getString("skill"));
    }

    @Test
    void errorInventoryIsTheReferenceOne() {
        assertEquals(strings(reference().getJsonArray("errors_supported")), AgentAuthErrors.SUPPORTED);
    }

    @Test
    void textDocumentsLinkOnlyToTheConfiguredBase() {
        Map<String, String> values = ProtectedResourceMetadata.placeholders(DEFAULT);
        String llms = Templates.text("llms.txt", values);
        assertTrue(llms.startsWith("# Gatehouse\n\n> "), llms);
        Matcher links = Pattern.compile("\\]\\(([^)]*)\\)").matcher(llms);
        List<String> targets = new ArrayList<>();
        while (links.find()) {
            targets.add(links.group(1));
        }
        assertTrue(targets.size() >= 9, targets::toString);
        targets.forEach(url -> assertTrue(url.startsWith(BASE + "/"), url));
        for (String path : List.of("/auth.md", "/openapi.json", "/.well-known/oauth-protected-resource",
                "/.well-known/oauth-authorization-server", "/.well-known/agent-auth-errors", "/public/share/community",
                "/public/share/{slug}", "/public/tags/popular", "/public/creators/{handle}")) {
            assertTrue(targets.contains(BASE + path), path);
        }
        String auth = Templates.text("auth.md", values);
        assertTrue(auth.contains("resource_metadata=\"" + BASE + "/.well-known/oauth-protected-resource\""));
        assertTrue(auth.contains("`" + BASE + "/mcp`"));
        AgentAuthErrors.SUPPORTED.forEach(code -> assertTrue(auth.contains("`" + code + "`"), code));
        String skill = Templates.text("SKILL.md", values);
        assertTrue(skill.startsWith("---\nname: gatehouse\n"), skill);
        for (String text : List.of(llms, auth, skill)) {
            assertFalse(text.contains("{{"));
            assertFalse(Pattern.compile("(?i)\\bmana\\b").matcher(text).find(), "no text copied from the reference product");
            assertFalse(text.contains("localhost"));
        }
    }

    /**
     * The same members in the same order, the same value types, equal arrays, numbers and booleans, and strings
     * equal once the reference's base URL is ours, except texts naming the reference product, which are adapted.
     */
    private static void assertSameShape(String where, JsonValue reference, JsonValue ours) {
        assertEquals(reference.getValueType(), ours.getValueType(), where);
        switch (reference.getValueType()) {
            case OBJECT -> {
                assertEquals(new ArrayList<>(reference.asJsonObject().keySet()), new ArrayList<>(ours.asJsonObject().keySet()), where);
                reference.asJsonObject().forEach((key, value) -> assertSameShape(where + "." + key, value, ours.asJsonObject().get(key)));
            }
            case STRING -> {
                String text = ((JsonString) reference).getString();
                String mine = ((JsonString) ours).getString();
                if (text.contains("Mana")) {
                    assertFalse(mine.contains("Mana") || mine.isBlank(), where + ": " + mine);
                } else {
                    assertEquals(text.replace("https://mana.am", BASE).replace("/mana/", "/gatehouse/"), mine, where);
                }
            }
            default -> assertEquals(reference, ours, where);
        }
    }

    private static JsonObject reference() {
        try (InputStream in = ProtectedResourceMetadataTest.class.getClassLoader()
                .getResourceAsStream("discovery/reference-auth-metadata.json"); JsonReader reader = Json.createReader(in)) {
            return reader.readObject();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static List<String> strings(JsonArray array) {
        return array.getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
    }
}
