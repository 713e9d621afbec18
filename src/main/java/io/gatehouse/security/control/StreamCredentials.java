package io.gatehouse.security.control;

import io.gatehouse.http.control.BearerTokenSyntax;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Finds the token a stream connected with, so the stream can be registered under its hash. An SSE request's
 * token is the one the authentication mechanism used (Authorization, then X-Agent-Token, then the cookie). A
 * WebSocket handshake adds the subprotocol pair {@code bearer, <token>}, since browsers cannot set headers on a
 * WebSocket. A token in the query string is never read: URLs end up in logs.
 */
public final class StreamCredentials {

    static final String SESSION_COOKIE = "__session";
    public static final String BEARER_PROTOCOL = "bearer";

    private StreamCredentials() {
    }

    /** The token of an HTTP request, in the mechanism's order; {@code null} when there is none. */
    public static String ofRequest(String authorization, String agentToken, String sessionCookie) {
        String token = bearer(authorization);
        if (token == null && agentToken != null && !agentToken.isBlank()) {
            token = agentToken.trim();
        }
        if (token == null && sessionCookie != null && !sessionCookie.isBlank()) {
            token = sessionCookie.trim();
        }
        return token;
    }

    /**
     * The token of a WebSocket handshake: the Authorization header, else the {@code bearer} subprotocol's token,
     * else the {@code __session} cookie; {@code null} when there is none.
     *
     * @param headers all values of a request header, looked up by name (any case); an empty list when absent
     */
    public static HandshakeToken ofHandshake(Function<String, List<String>> headers) {
        for (String authorization : headers.apply("Authorization")) {
            String token = bearer(authorization);
            if (token != null) {
                return new HandshakeToken(token, false);
            }
        }
        String token = subprotocolToken(headers.apply("Sec-WebSocket-Protocol"));
        if (token != null) {
            return new HandshakeToken(token, false);
        }
        token = cookie(headers.apply("Cookie"), SESSION_COOKIE);
        return token == null ? null : new HandshakeToken(token, true);
    }

    static String bearer(String authorization) {
        return BearerTokenSyntax.tokenOf(authorization);
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

    /** The value of the named cookie in {@code Cookie} headers ({@code a=1; __session=…}), or {@code null}. */
    static String cookie(List<String> cookieHeaders, String name) {
        for (String header : cookieHeaders) {
            for (String pair : header.split(";")) {
                int equals = pair.indexOf('=');
                if (equals > 0 && pair.substring(0, equals).trim().equals(name)) {
                    String value = pair.substring(equals + 1).trim();
                    if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
                        value = value.substring(1, value.length() - 1);
                    }
                    return value.isEmpty() ? null : value;
                }
            }
        }
        return null;
    }

    /** A handshake's token and whether it came from the cookie alone (then the Origin must be allowed). */
    public record HandshakeToken(String token, boolean fromCookie) {
    }
}
