package io.gatehouse.security.control;

import io.gatehouse.http.control.BearerTokenSyntax;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;

/**
 * Finds the bearer token of a request, for every transport: the {@code Authorization: Bearer} header first, then an
 * agent's {@code X-Agent-Token} header, then a WebSocket handshake's {@code Sec-WebSocket-Protocol: bearer, <token>},
 * then the {@code __session} cookie that Clerk's browser SDKs set. A cookie-borne credential is marked, because it
 * gets the CSRF check (and a WebSocket handshake the origin check). The token is returned as sent;
 * {@link CredentialResolver} refuses one that is not a bearer token ({@link BearerTokenSyntax}).
 */
public final class CredentialExtractor {

    public static final String BEARER_PROTOCOL = "bearer";
    static final String SESSION_COOKIE = "__session";
    static final String AGENT_HEADER = "X-Agent-Token";
    static final String PROTOCOL_HEADER = "Sec-WebSocket-Protocol";

    private CredentialExtractor() {
    }

    /** The credential of an HTTP request (a WebSocket handshake included), or {@code null} when it has none. */
    public static Presented of(HttpServletRequest request) {
        String token = BearerTokenSyntax.tokenOf(request.getHeader("Authorization"));
        if (token == null) {
            token = agentToken(request.getHeader(AGENT_HEADER));
        }
        if (token == null && request.getHeader(PROTOCOL_HEADER) != null) {
            token = subprotocolToken(Collections.list(request.getHeaders(PROTOCOL_HEADER)));
        }
        if (token != null) {
            return new Presented(token, false);
        }
        token = cookie(request.getCookies());
        return token == null ? null : new Presented(token, true);
    }

    /**
     * The credential of a WebSocket handshake seen through the WebSocket API (header lists by name, any case), in the
     * same order; {@code null} when there is none.
     */
    public static Presented ofHandshake(Function<String, List<String>> headers) {
        for (String authorization : headers.apply("Authorization")) {
            String token = BearerTokenSyntax.tokenOf(authorization);
            if (token != null) {
                return new Presented(token, false);
            }
        }
        for (String agent : headers.apply(AGENT_HEADER)) {
            String token = agentToken(agent);
            if (token != null) {
                return new Presented(token, false);
            }
        }
        String token = subprotocolToken(headers.apply(PROTOCOL_HEADER));
        if (token != null) {
            return new Presented(token, false);
        }
        token = HandshakeCookies.value(headers.apply("Cookie"), SESSION_COOKIE);
        return token == null ? null : new Presented(token, true);
    }

    private static String agentToken(String header) {
        return header == null || BearerTokenSyntax.withoutOws(header).isEmpty() ? null : BearerTokenSyntax.withoutOws(header);
    }

    private static String cookie(Cookie[] cookies) {
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

    /** The entry after {@code bearer} in the offered subprotocols ({@code Sec-WebSocket-Protocol: bearer, <token>}). */
    static String subprotocolToken(List<String> protocolHeaders) {
        List<String> offered = new ArrayList<>();
        for (String header : protocolHeaders) {
            for (String protocol : header.split(",")) {
                offered.add(protocol.trim());
            }
        }
        int bearer = offered.indexOf(BEARER_PROTOCOL);
        if (bearer < 0 || bearer + 1 >= offered.size() || offered.get(bearer + 1).isEmpty()) {
            return null;
        }
        return offered.get(bearer + 1);
    }

    /** A presented credential and whether it came from the cookie alone. */
    public record Presented(String token, boolean fromCookie) {
    }
}
