package io.gatehouse.security.boundary;

import io.gatehouse.http.entity.ProtectedResource;

/**
 * The {@code WWW-Authenticate} values of RFC 6750, each pointing OAuth clients at the RFC 9728 metadata
 * ({@code resource_metadata}, built from {@code PUBLIC_BASE_URL}, never from the request): bare when no
 * credential was sent (RFC 6750 §3.1), with the error when a token was refused or lacks a scope.
 */
public final class Challenges {

    private Challenges() {
    }

    public static String missingCredential() {
        return bearer();
    }

    public static String invalidToken(String description) {
        return bearer() + ", error=\"invalid_token\", error_description=\"" + quoted(description) + "\"";
    }

    public static String insufficientScope(String scope, String description) {
        return bearer() + ", error=\"insufficient_scope\", error_description=\"" + quoted(description)
                + "\", scope=\"" + quoted(scope) + "\"";
    }

    private static String bearer() {
        return "Bearer resource_metadata=\"" + ProtectedResource.current().metadataUrl() + "\"";
    }

    private static String quoted(String text) {
        return text.replace("\\", "\\\\").replace("\"", "'");
    }
}
