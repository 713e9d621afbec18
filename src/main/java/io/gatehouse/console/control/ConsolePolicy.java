package io.gatehouse.console.control;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The headers of every answer under {@code /console}: the page loads nothing but its own files and talks only to its own
 * origin ({@code Content-Security-Policy}: no inline script or style, no other origin, no frame, no {@code <base>}),
 * is never framed, sniffed into another type or cached, and sends no {@code Referer} (its hash routes name users).
 */
public final class ConsolePolicy {

    public static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'";

    /** Header name to value, in the order they are set. */
    public static final Map<String, String> HEADERS = headers();

    private ConsolePolicy() {
    }

    private static Map<String, String> headers() {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        headers.put("X-Frame-Options", "DENY");
        headers.put("X-Content-Type-Options", "nosniff");
        headers.put("Referrer-Policy", "no-referrer");
        headers.put("Cache-Control", "no-store");
        return Collections.unmodifiableMap(headers);
    }
}
