package io.gatehouse.discovery.control;

import io.gatehouse.http.entity.ProtectedResource;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.util.Map;
import java.util.Optional;

/**
 * The RFC 9728 protected-resource metadata of Gatehouse: the resource, Clerk as its authorization server, the
 * scopes, bearer tokens in the header only, the documentation, and the {@code agent_auth} boundary. It depends
 * only on configuration, so it is built once.
 */
final class ProtectedResourceMetadata {

    static final String RESOURCE_NAME = "Gatehouse";

    private ProtectedResourceMetadata() {
    }

    static JsonObject of(ProtectedResource resource, Optional<String> issuer) {
        JsonArrayBuilder servers = Json.createArrayBuilder();
        issuer.ifPresent(servers::add);
        return Json.createObjectBuilder()
                .add("resource", resource.resource())
                .add("authorization_servers", servers)
                .add("scopes_supported", Json.createArrayBuilder(resource.scopes()))
                .add("bearer_methods_supported", Json.createArrayBuilder().add("header"))
                .add("resource_name", RESOURCE_NAME)
                .add("resource_documentation", resource.url("/auth.md"))
                .add("agent_auth", agentAuth(resource))
                .build();
    }

    /** The {@code agent_auth} object: the boundary made machine-readable (status from {@code AGENT_AUTH_STATUS}). */
    static JsonObject agentAuth(ProtectedResource resource) {
        return Templates.json("agent-auth.json", placeholders(resource));
    }

    /** The values every discovery template may use. */
    static Map<String, String> placeholders(ProtectedResource resource) {
        return Map.of(
                "base", resource.baseUrl(),
                "resource", resource.resource(),
                "metadata_url", resource.metadataUrl(),
                "scopes", String.join(" ", resource.scopes()),
                "agent_auth_status", resource.agentAuthStatus());
    }

    /** The path of the resource under the base URL ({@code /mcp} by default), which names the path-scoped document. */
    static String resourcePath(ProtectedResource resource) {
        return resource.resource().substring(resource.baseUrl().length());
    }
}
