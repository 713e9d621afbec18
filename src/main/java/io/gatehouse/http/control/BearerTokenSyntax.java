package io.gatehouse.http.control;

/**
 * The shape of a bearer credential (RFC 6750 section 2.1): {@code Authorization: Bearer 1*SP b64token}, where
 * {@code b64token = 1*( ALPHA / DIGIT / "-" / "." / "_" / "~" / "+" / "/" ) *"="}. Every token Gatehouse issues or
 * accepts (session and agent tokens, Clerk JWTs, the local token) has it; anything else is refused before it is
 * looked at, so a token with a trailing non-breaking space or tab is not "the same token" on any server.
 */
public final class BearerTokenSyntax {

    private static final String SCHEME = "bearer";

    private BearerTokenSyntax() {
    }

    /**
     * The token of an {@code Authorization} header value: what follows the scheme {@code Bearer} (any case) and one
     * or more spaces, or {@code null} when the header is not a Bearer credential or carries no token. The token is
     * returned as sent; {@link #isB64Token} judges it.
     */
    public static String tokenOf(String authorization) {
        if (authorization == null) {
            return null;
        }
        String value = withoutOws(authorization);
        if (value.length() <= SCHEME.length() || !value.regionMatches(true, 0, SCHEME, 0, SCHEME.length())
                || value.charAt(SCHEME.length()) != ' ') {
            return null;
        }
        int start = SCHEME.length();
        while (start < value.length() && value.charAt(start) == ' ') {
            start++;
        }
        return start == value.length() ? null : value.substring(start);
    }

    /** Whether the token is an RFC 6750 {@code b64token}. */
    public static boolean isB64Token(String token) {
        int n = token.length();
        int end = n;
        while (end > 0 && token.charAt(end - 1) == '=') {
            end--;
        }
        if (end == 0) {
            return false;
        }
        for (int i = 0; i < end; i++) {
            char c = token.charAt(i);
            boolean allowed = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
                    || c == '-' || c == '.' || c == '_' || c == '~' || c == '+' || c == '/';
            if (!allowed) {
                return false;
            }
        }
        return true;
    }

    /** A header value without the optional whitespace (spaces and tabs) HTTP allows around it (RFC 9110 5.5). */
    public static String withoutOws(String value) {
        int start = 0;
        int end = value.length();
        while (start < end && isOws(value.charAt(start))) {
            start++;
        }
        while (end > start && isOws(value.charAt(end - 1))) {
            end--;
        }
        return value.substring(start, end);
    }

    private static boolean isOws(char c) {
        return c == ' ' || c == '\t';
    }
}
