package io.gatehouse.security.control;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Set;

/**
 * The paths that only ever serve public, credential-free content: the public read API and the discovery
 * documents, and the metrics (whose bearer is {@code METRICS_TOKEN}, checked by the metrics resource). The
 * mechanism does not even look at a credential sent there, so a Clerk JWT sent along with a public read costs
 * no signature check and provisions no user.
 */
public final class PublicPaths {

    private static final String[] PREFIXES = {"/public/", "/.well-known/", "/agent/auth/"};
    private static final Set<String> DOCUMENTS = Set.of("/llms.txt", "/auth.md", "/openapi.json", "/ops/metrics");

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
