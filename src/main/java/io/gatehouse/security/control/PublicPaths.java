package io.gatehouse.security.control;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Set;

/**
 * The paths that only ever serve public, credential-free content: the public read API and the discovery
 * documents, the metrics (whose bearer is {@code METRICS_TOKEN}, checked by the metrics resource) and the operations
 * console's static files (the page signs in through the admin API, not through its own files). The mechanism does not
 * even look at a credential sent there, so a Clerk JWT sent along with a public read, or the {@code __session} cookie a
 * browser attaches to every file of the console, costs no signature check and provisions no user.
 */
public final class PublicPaths {

    private static final String[] PREFIXES = {"/public/", "/.well-known/", "/agent/auth/", "/console/"};
    private static final Set<String> DOCUMENTS = Set.of("/llms.txt", "/auth.md", "/openapi.json", "/ops/metrics", "/console");

    private PublicPaths() {
    }

    public static boolean matches(HttpServletRequest request) {
        String uri = request.getRequestURI();
        int start = request.getContextPath().length();
        for (String prefix : PREFIXES) {
            if (uri.startsWith(prefix, start)) {
                return true;
            }
        }
        return uri.length() - start < 16 && DOCUMENTS.contains(uri.substring(start));
    }
}
