package io.gatehouse.introspection.entity;

import java.util.Map;

/**
 * A refusal in the OAuth style of RFC 6749 section 5.2 ({@code error}, {@code error_description}), which
 * {@link OAuthRefusalMapper} renders together with Gatehouse's usual {@code detail}, {@code code} and {@code retryable}.
 */
public class OAuthRefusal extends RuntimeException {

    static final String REALM = "Basic realm=\"gatehouse-introspection\"";

    private final int status;
    private final String error;
    private final Map<String, String> headers;

    public OAuthRefusal(int status, String error, String description, Map<String, String> headers) {
        super(description, null, false, false);
        this.status = status;
        this.error = error;
        this.headers = Map.copyOf(headers);
    }

    /** No, unknown or wrong client credentials: one answer for all, so it tells nothing about which ids exist. */
    public static OAuthRefusal invalidClient() {
        return new OAuthRefusal(401, "invalid_client",
                "Client authentication failed: send HTTP Basic credentials of a client configured in INTROSPECTION_CLIENTS",
                Map.of("WWW-Authenticate", REALM));
    }

    static OAuthRefusal invalidRequest(String description) {
        return new OAuthRefusal(400, "invalid_request", description, Map.of());
    }

    /** The {@code token} form parameter, which must be present and non-empty. */
    public static String requiredToken(String token) {
        if (token == null || token.isEmpty()) {
            throw invalidRequest("token required");
        }
        return token;
    }

    public int status() {
        return status;
    }

    public String error() {
        return error;
    }

    public String description() {
        return getMessage();
    }

    public Map<String, String> headers() {
        return headers;
    }
}
