package io.gatehouse.http.entity;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * What Gatehouse calls itself to OAuth clients, always from configuration and never from a request's
 * {@code Host} header: the public base URL ({@code PUBLIC_BASE_URL}), the resource identifier that access
 * tokens must name in {@code aud} ({@code PUBLIC_BASE_URL} + {@code OAUTH_RESOURCE_PATH}), the URL of the
 * RFC 9728 metadata document and the scopes it offers ({@code OAUTH_SCOPES}).
 */
public record ProtectedResource(String baseUrl, String resource, String metadataUrl, List<String> scopes,
        String agentAuthStatus) {

    static final String METADATA_PATH = "/.well-known/oauth-protected-resource";

    private static volatile ProtectedResource current;

    /** The configuration of this deployment, read once. */
    public static ProtectedResource current() {
        ProtectedResource known = current;
        if (known == null) {
            known = from(ConfigProvider.getConfig());
            current = known;
        }
        return known;
    }

    public static ProtectedResource from(Config config) {
        String base = withoutTrailingSlash(text(config, "public.base-url").orElse("http://localhost:8080"));
        String path = text(config, "oauth.resource-path").orElse("/mcp");
        if (!path.startsWith("/")) {
            path = "/" + path;
        }
        List<String> scopes = Arrays.stream(text(config, "oauth.scopes").orElse("profile email offline_access")
                .split("[\\s,]+")).filter(s -> !s.isEmpty()).distinct().toList();
        String agentAuth = text(config, "agent-auth.status").orElse("not_available");
        return new ProtectedResource(base, base + withoutTrailingSlash(path), base + METADATA_PATH, scopes, agentAuth);
    }

    /** An absolute URL under the public base URL. */
    public String url(String path) {
        return baseUrl + path;
    }

    private static Optional<String> text(Config config, String key) {
        return config.getOptionalValue(key, String.class).map(String::trim).filter(v -> !v.isEmpty());
    }

    private static String withoutTrailingSlash(String value) {
        return value.endsWith("/") && value.length() > 1 ? value.substring(0, value.length() - 1) : value;
    }
}
