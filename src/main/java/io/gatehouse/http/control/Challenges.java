package io.gatehouse.http.control;

import io.gatehouse.http.entity.ProtectedResource;
import io.gatehouse.kernel.ApiProblem;
import io.gatehouse.kernel.AuthRefusal;
import java.util.Map;

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

    /** The problem to answer a refused credential with; a 401 carries the RFC 6750 challenge. */
    public static ApiProblem problem(AuthRefusal refusal) {
        if (refusal.status() != 401) {
            return new ApiProblem(refusal.status(), refusal.code(), refusal.detail(), refusal.retryable(),
                    refusal.retryable() ? Map.of("Retry-After", "5") : Map.of());
        }
        return new ApiProblem(401, refusal.code(), refusal.detail(), false, Map.of("WWW-Authenticate", invalidToken(refusal.detail())));
    }
}
