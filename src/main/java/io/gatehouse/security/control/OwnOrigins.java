package io.gatehouse.security.control;

import io.gatehouse.http.entity.ProtectedResource;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * Gatehouse's own origins, from which a state-changing request authenticated by the {@code __session} cookie is
 * accepted as well as from {@code CORS_ORIGINS}: the operations console is served by Gatehouse itself, so its requests
 * carry Gatehouse's origin. Two are Gatehouse's: the request's own origin as the server sees it (its scheme, the
 * {@code Host} it was sent to and the port), and the origin of {@code PUBLIC_BASE_URL} (what a browser sees behind a
 * proxy that rewrites {@code Host} or ends TLS). A page of another site cannot make a browser send either: the browser
 * writes {@code Origin} (and {@code Referer}) for the page that sent the request, and {@code Host} for the server it
 * goes to. Origins compare case-insensitively, with the scheme's default port or without it.
 */
public final class OwnOrigins {

    private OwnOrigins() {
    }

    /** Whether the origin ({@code scheme://host[:port]}) is the request's own or {@code PUBLIC_BASE_URL}'s. */
    public static boolean include(String origin, HttpServletRequest request) {
        return include(origin, originOf(request.getScheme(), request.getServerName(), request.getServerPort()),
                ProtectedResource.current().baseUrl());
    }

    /**
     * @param origin        the origin a request came from
     * @param requestOrigin the origin the request was sent to, as the server saw it
     * @param publicBaseUrl {@code PUBLIC_BASE_URL} (any path under it is ignored)
     */
    static boolean include(String origin, String requestOrigin, String publicBaseUrl) {
        String sent = normalized(origin);
        return sent != null && (sent.equals(normalized(requestOrigin))
                || sent.equals(normalized(CookieForgeryCheck.originOf(publicBaseUrl))));
    }

    /** {@code scheme://host:port} of a request as the server saw it, or {@code null} without a host. */
    static String originOf(String scheme, String host, int port) {
        if (scheme == null || host == null || host.isBlank()) {
            return null;
        }
        String literal = host.indexOf(':') >= 0 && !host.startsWith("[") ? "[" + host + "]" : host;
        return scheme + "://" + literal + (port > 0 ? ":" + port : "");
    }

    /**
     * An origin in one spelling: lower case, without the scheme's default port; {@code null} for anything that is not a
     * bare http(s) origin (a path other than {@code /}, a query, user information).
     */
    static String normalized(String origin) {
        if (origin == null || origin.isBlank()) {
            return null;
        }
        URI uri;
        try {
            uri = new URI(origin.trim());
        } catch (URISyntaxException e) {
            return null;
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        String path = uri.getRawPath();
        if (!("http".equals(scheme) || "https".equals(scheme)) || uri.getHost() == null || uri.getRawUserInfo() != null
                || uri.getRawQuery() != null || uri.getRawFragment() != null || path != null && !path.isEmpty() && !"/".equals(path)) {
            return null;
        }
        int port = uri.getPort();
        boolean defaultPort = port == -1 || "http".equals(scheme) && port == 80 || "https".equals(scheme) && port == 443;
        return scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + (defaultPort ? "" : ":" + port);
    }
}
