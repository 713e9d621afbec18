package io.gatehouse.security;

/** The {@code WWW-Authenticate} values of RFC 6750: bare when no credential was sent, with the error otherwise. */
public final class Challenges {

    private static final String REALM = "Bearer realm=\"gatehouse\"";

    private Challenges() {
    }

    public static String missingCredential() {
        return REALM;
    }

    public static String invalidToken(String description) {
        return REALM + ", error=\"invalid_token\", error_description=\"" + quoted(description) + "\"";
    }

    private static String quoted(String text) {
        return text.replace("\\", "\\\\").replace("\"", "'");
    }
}
