package io.gatehouse.security.control;

import io.gatehouse.kernel.AuthRefusal;
import io.gatehouse.cors.control.CorsOrigins;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.Set;

/**
 * Cross-site request forgery through the {@code __session} cookie: a browser attaches the cookie to any
 * site's form post, so a state-changing request (POST, PUT, PATCH, DELETE) authenticated by the cookie
 * must come from a page of {@code CORS_ORIGINS} or of Gatehouse's own origin ({@link OwnOrigins}: the
 * operations console), as its {@code Origin} (or, without one, its {@code Referer}) shows. A request with
 * neither header is refused too, and every refusal reads the same.
 */
public final class CookieForgeryCheck {

    public static final AuthRefusal REFUSAL = new AuthRefusal(403, "access_denied",
            "Forbidden: a state-changing request authenticated by the __session cookie must come from an origin "
                    + "in CORS_ORIGINS (Origin or Referer header)", false);

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

    private CookieForgeryCheck() {
    }

    public static boolean refuses(HttpServletRequest request) {
        if (SAFE_METHODS.contains(request.getMethod())) {
            return false;
        }
        String origin = request.getHeader("Origin");
        if (origin == null || origin.isBlank() || "null".equals(origin)) {
            origin = originOf(request.getHeader("Referer"));
        }
        return origin == null || !(CorsOrigins.allows(origin) || OwnOrigins.include(origin, request));
    }

    /** {@code scheme://host[:port]} of a URL, or {@code null} when it is not an absolute http(s) URL. */
    public static String originOf(String url) {
        if (url == null || url.isBlank()) {
            return null;
        }
        try {
            URI uri = URI.create(url.trim());
            if (uri.getScheme() == null || uri.getHost() == null) {
                return null;
            }
            return uri.getScheme() + "://" + uri.getHost() + (uri.getPort() == -1 ? "" : ":" + uri.getPort());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
