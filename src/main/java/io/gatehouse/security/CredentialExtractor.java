package io.gatehouse.security;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;

/**
 * Finds the bearer token of a request: the {@code Authorization: Bearer} header first, then an agent's
 * {@code X-Agent-Token} header, then the {@code __session} cookie that Clerk's browser SDKs set. Headers
 * and the cookie are asked separately because a cookie-borne credential gets the CSRF check.
 */
final class CredentialExtractor {

    static final String SESSION_COOKIE = "__session";
    static final String AGENT_HEADER = "X-Agent-Token";
    private static final String BEARER = "bearer ";

    private CredentialExtractor() {
    }

    /** The token of the {@code Authorization} or {@code X-Agent-Token} header, or {@code null}. */
    static String fromHeaders(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        if (header != null && header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            String token = header.substring(BEARER.length()).trim();
            if (!token.isEmpty()) {
                return token;
            }
        }
        String agent = request.getHeader(AGENT_HEADER);
        if (agent != null && !agent.isBlank()) {
            return agent.trim();
        }
        return null;
    }

    /** The token of the {@code __session} cookie, or {@code null}. */
    static String fromCookie(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return null;
        }
        for (Cookie cookie : cookies) {
            if (SESSION_COOKIE.equals(cookie.getName()) && cookie.getValue() != null && !cookie.getValue().isBlank()) {
                return cookie.getValue().trim();
            }
        }
        return null;
    }
}
