package io.gatehouse.security.control;

import java.util.List;

/** Reads a cookie from raw {@code Cookie} headers, where the WebSocket API offers no parsed cookies. */
final class HandshakeCookies {

    private HandshakeCookies() {
    }

    /** The value of the named cookie in {@code Cookie} headers ({@code a=1; __session=…}), or {@code null}. */
    static String value(List<String> cookieHeaders, String name) {
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
}
