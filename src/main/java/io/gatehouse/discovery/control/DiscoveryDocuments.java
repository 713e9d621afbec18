package io.gatehouse.discovery.control;

import io.gatehouse.http.entity.ProtectedResource;
import io.gatehouse.clerk.control.ClerkSettings;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.ByteArrayInputStream;
import java.util.Map;

/**
 * The discovery documents, rendered once from configuration when first needed: they depend on nothing else,
 * so every request gets the same prepared text.
 */
@ApplicationScoped
public class DiscoveryDocuments {

    @Inject
    ClerkSettings clerk;

    private String protectedResourceMetadata;
    private String resourcePath;
    private String agentAuthErrors;
    private String llmsTxt;
    private String authMd;
    private String skillMd;
    private String openApi;

    @PostConstruct
    void render() {
        ProtectedResource resource = ProtectedResource.current();
        Map<String, String> values = ProtectedResourceMetadata.placeholders(resource);
        protectedResourceMetadata = ProtectedResourceMetadata.of(resource, clerk.issuer()).toString();
        resourcePath = ProtectedResourceMetadata.resourcePath(resource);
        agentAuthErrors = Json.createObjectBuilder()
                .add("errors_supported", Json.createArrayBuilder(AgentAuthErrors.SUPPORTED))
                .build().toString();
        llmsTxt = Templates.text("llms.txt", values);
        authMd = Templates.text("auth.md", values);
        skillMd = Templates.text("SKILL.md", values);
        openApi = openApi(resource);
    }

    /** The OpenAPI document written at build time, with this deployment's public base URL as its server. */
    private static String openApi(ProtectedResource resource) {
        byte[] generated = Templates.bytes("openapi.json");
        if (generated == null) {
            throw new IllegalStateException("discovery/openapi.json is missing: the build writes it (smallrye-open-api-maven-plugin)");
        }
        try (JsonReader reader = Json.createReader(new ByteArrayInputStream(generated))) {
            JsonObject document = reader.readObject();
            return Json.createObjectBuilder(document)
                    .add("servers", Json.createArrayBuilder().add(Json.createObjectBuilder().add("url", resource.baseUrl())))
                    .build().toString();
        }
    }

    public String protectedResourceMetadata() {
        return protectedResourceMetadata;
    }

    /** Whether a path-scoped metadata request ({@code /.well-known/oauth-protected-resource/<path>}) names this resource. */
    public boolean isResourcePath(String path) {
        return resourcePath.equals("/" + path);
    }

    public String agentAuthErrors() {
        return agentAuthErrors;
    }

    public String llmsTxt() {
        return llmsTxt;
    }

    public String authMd() {
        return authMd;
    }

    public String skillMd() {
        return skillMd;
    }

    public String openApi() {
        return openApi;
    }
}
