package io.gatehouse.security.control;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.servlet.http.HttpServletRequest;
import java.lang.reflect.Proxy;
import org.junit.jupiter.api.Test;

class PublicPathsTest {

    private static HttpServletRequest request(String contextPath, String uri) {
        return (HttpServletRequest) Proxy.newProxyInstance(PublicPathsTest.class.getClassLoader(),
                new Class<?>[] {HttpServletRequest.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getContextPath" -> contextPath;
                    case "getRequestURI" -> uri;
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    @Test
    void publicDocumentsAndTheReadApiArePublic() {
        assertTrue(PublicPaths.matches(request("", "/public/share/community")));
        assertTrue(PublicPaths.matches(request("", "/.well-known/oauth-protected-resource/mcp")));
        assertTrue(PublicPaths.matches(request("", "/agent/auth/register")));
        assertTrue(PublicPaths.matches(request("", "/llms.txt")));
        assertTrue(PublicPaths.matches(request("", "/auth.md")));
        assertTrue(PublicPaths.matches(request("", "/openapi.json")));
        assertTrue(PublicPaths.matches(request("", "/ops/metrics")));
        assertTrue(PublicPaths.matches(request("/gatehouse", "/gatehouse/public/tags/popular")));
    }

    @Test
    void theConsolesFilesArePublic() {
        assertTrue(PublicPaths.matches(request("", "/console")));
        assertTrue(PublicPaths.matches(request("", "/console/")));
        assertTrue(PublicPaths.matches(request("", "/console/index.html")));
        assertTrue(PublicPaths.matches(request("", "/console/js/app.js")));
        assertFalse(PublicPaths.matches(request("", "/consoles")));
        assertFalse(PublicPaths.matches(request("", "/console.html")));
        assertFalse(PublicPaths.matches(request("", "/api/v1/admin/overview")), "the API the console calls is not public");
    }

    @Test
    void everythingElseIsLookedAt() {
        assertFalse(PublicPaths.matches(request("", "/projects")));
        assertFalse(PublicPaths.matches(request("", "/projects/1/publish")));
        assertFalse(PublicPaths.matches(request("", "/publicity")));
        assertFalse(PublicPaths.matches(request("", "/auth/session")));
        assertFalse(PublicPaths.matches(request("", "/auth.mdx")));
        assertFalse(PublicPaths.matches(request("", "/api/v1/users/me")));
        assertFalse(PublicPaths.matches(request("/gatehouse", "/public/share/x")));
    }
}
