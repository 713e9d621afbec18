package io.gatehouse.cors.control;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which browser origins may call Gatehouse ({@code CORS_ORIGINS}, comma-separated, exact origins such as
 * {@code https://app.example.com}), and which request headers a preflight may ask for.
 */
public final class CorsPolicy {

    public static final String ALLOWED_METHODS = "GET, POST, PUT, PATCH, DELETE, OPTIONS";
    public static final String EXPOSED_HEADERS = "WWW-Authenticate, Retry-After, Location, RateLimit-Limit, RateLimit-Remaining, RateLimit-Reset";
    public static final String MAX_AGE_SECONDS = "600";
    private static final Set<String> ALLOWED_HEADERS = Set.of("authorization", "content-type", "x-agent-token",
            "last-event-id", "accept", "accept-language", "content-language");

    private final Set<String> origins;

    CorsPolicy(String configured) {
        origins = configured == null ? Set.of() : Arrays.stream(configured.split(","))
                .map(String::trim)
                .filter(origin -> !origin.isEmpty())
                .map(CorsPolicy::normalized)
                .collect(Collectors.toUnmodifiableSet());
    }

    public boolean allows(String origin) {
        return origin != null && origins.contains(normalized(origin));
    }

    /**
     * The headers of {@code Access-Control-Request-Headers} that may be sent, or {@code null} when one of
     * them may not (the preflight then grants nothing).
     */
    public static String grantedHeaders(String requested) {
        if (requested == null || requested.isBlank()) {
            return "";
        }
        String[] names = requested.split(",");
        StringBuilder granted = new StringBuilder();
        for (String name : names) {
            String header = name.trim();
            if (header.isEmpty()) {
                continue;
            }
            if (!ALLOWED_HEADERS.contains(header.toLowerCase(Locale.ROOT))) {
                return null;
            }
            granted.append(granted.length() == 0 ? "" : ", ").append(header);
        }
        return granted.toString();
    }

    private static String normalized(String origin) {
        String trimmed = origin.endsWith("/") ? origin.substring(0, origin.length() - 1) : origin;
        return trimmed.toLowerCase(Locale.ROOT);
    }
}
