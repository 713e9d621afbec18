package io.gatehouse.security.control;

import io.gatehouse.http.control.BearerTokenSyntax;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;

/**
 * Finds the bearer token of a request: the {@code Authorization: Bearer} header first, then an agent's
 * {@code X-Agent-Token} header, then the {@code __session} cookie that Clerk's browser SDKs set. Headers
 * and the cookie are asked separately because a cookie-borne credential gets the CSRF check. The token is returned
 * as sent; {@link CredentialResolver} refuses one that is not a bearer token ({@link BearerTokenSyntax}).
 */
public final class CredentialExtractor {

    static final String SESSION_COOKIE = "__session";
    static final String AGENT_HEADER = "X-Agent-Token";

    private CredentialExtractor() {
    }

    /** The token of the {@code Authorization} or {@code X-Agent-Token} header, or {@code null}. */
    public static String fromHeaders(HttpServletRequest request) {
        String token = BearerTokenSyntax.tokenOf(request.getHeader("Authorization"));
        if (token != null) {
            return token;
        }
        String agent = request.getHeader(AGENT_HEADER);
        if (agent != null && !BearerTokenSyntax.withoutOws(agent).isEmpty()) {
            return BearerTokenSyntax.withoutOws(agent);
        }
        return null;
    }

    /** The token of the {@code __session} cookie, or {@code null}. */
    public static String fromCookie(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return null;
        }
        for (Cookie cookie : cookies) {
            if (SESSION_COOKIE.equals(cookie.getName()) && cookie.getValue() != null
                    && !BearerTokenSyntax.withoutOws(cookie.getValue()).isEmpty()) {
                return BearerTokenSyntax.withoutOws(cookie.getValue());
            }
        }
        return null;
    }
}
