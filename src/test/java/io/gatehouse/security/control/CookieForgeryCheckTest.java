package io.gatehouse.security.control;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.servlet.http.HttpServletRequest;
import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The CSRF check of cookie-authenticated changes: a request to Gatehouse from Gatehouse's own origin passes (the
 * console), one from any other origin is refused as before, and reads never need an origin.
 */
class CookieForgeryCheckTest {

    /** A request to https://gatehouse.test:8443 with the given method and headers ({@code null} values left out). */
    private static HttpServletRequest request(String method, String... headers) {
        Map<String, String> values = new HashMap<>();
        for (int i = 0; i < headers.length; i += 2) {
            if (headers[i + 1] != null) {
                values.put(headers[i], headers[i + 1]);
            }
        }
        return (HttpServletRequest) Proxy.newProxyInstance(CookieForgeryCheckTest.class.getClassLoader(),
                new Class<?>[] {HttpServletRequest.class}, (proxy, call, args) -> switch (call.getName()) {
                    case "getMethod" -> method;
                    case "getHeader" -> values.get((String) args[0]);
                    case "getScheme" -> "https";
                    case "getServerName" -> "gatehouse.test";
                    case "getServerPort" -> 8443;
                    default -> throw new UnsupportedOperationException(call.getName());
                });
    }

    @Test
    void aChangeFromGatehousesOwnOriginPasses() {
        for (String method : new String[] {"POST", "PUT", "PATCH", "DELETE"}) {
            assertFalse(CookieForgeryCheck.refuses(request(method, "Origin", "https://gatehouse.test:8443")), method);
        }
        assertFalse(CookieForgeryCheck.refuses(request("DELETE", "Origin", "https://Gatehouse.TEST:8443")));
        assertFalse(CookieForgeryCheck.refuses(request("POST", "Referer", "https://gatehouse.test:8443/console/")),
                "the Referer's origin when there is no Origin");
        assertFalse(CookieForgeryCheck.refuses(request("POST", "Origin", "null", "Referer", "https://gatehouse.test:8443/x")));
    }

    @Test
    void aChangeFromAnyOtherOriginIsRefusedAsBefore() {
        for (String origin : new String[] {"https://evil.example", "https://gatehouse.test", "http://gatehouse.test:8443",
                "https://gatehouse.test:8443.evil.example", "https://evil.example:8443"}) {
            assertTrue(CookieForgeryCheck.refuses(request("POST", "Origin", origin)), origin);
            assertTrue(CookieForgeryCheck.refuses(request("DELETE", "Referer", origin + "/console/")), origin);
        }
        assertTrue(CookieForgeryCheck.refuses(request("POST", "Origin", "https://evil.example",
                "Referer", "https://gatehouse.test:8443/console/")), "the Origin decides when there is one");
        assertTrue(CookieForgeryCheck.refuses(request("POST")), "neither header");
        assertTrue(CookieForgeryCheck.refuses(request("POST", "Origin", "null")), "an opaque origin and no Referer");
    }

    @Test
    void readsNeedNoOrigin() {
        for (String method : new String[] {"GET", "HEAD", "OPTIONS"}) {
            assertFalse(CookieForgeryCheck.refuses(request(method, "Origin", "https://evil.example")), method);
        }
    }
}
