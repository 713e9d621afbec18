package io.gatehouse.security.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Gatehouse's own origins: the request's, as the server saw it, and {@code PUBLIC_BASE_URL}'s; nothing else. */
class OwnOriginsTest {

    private static final String BASE = "https://gatehouse.example.com/";

    @Test
    void theRequestsOwnOriginIsGatehouses() {
        String own = OwnOrigins.originOf("http", "localhost", 8080);
        assertEquals("http://localhost:8080", own);
        assertTrue(OwnOrigins.include("http://localhost:8080", own, BASE));
        assertTrue(OwnOrigins.include("HTTP://LocalHost:8080", own, BASE), "scheme and host in any case");
        assertTrue(OwnOrigins.include("http://localhost:8080/", own, BASE), "a trailing slash is still the origin");
        assertTrue(OwnOrigins.include("http://gatehouse.test", OwnOrigins.originOf("http", "gatehouse.test", 80), BASE),
                "a browser leaves out the default port, the server names it");
        assertTrue(OwnOrigins.include("https://gatehouse.test:443", OwnOrigins.originOf("https", "gatehouse.test", 443), BASE));
        assertTrue(OwnOrigins.include("http://[::1]:8080", OwnOrigins.originOf("http", "::1", 8080), BASE), "IPv6 literal");
        assertTrue(OwnOrigins.include("http://[::1]:8080", OwnOrigins.originOf("http", "[::1]", 8080), BASE));
    }

    @Test
    void thePublicBaseUrlsOriginIsGatehousesBehindAProxy() {
        String internal = OwnOrigins.originOf("http", "10.0.0.5", 8080);
        assertTrue(OwnOrigins.include("https://gatehouse.example.com", internal, BASE));
        assertTrue(OwnOrigins.include("https://gatehouse.example.com", internal, "https://gatehouse.example.com/api"),
                "only the base URL's origin counts");
        assertFalse(OwnOrigins.include("http://gatehouse.example.com", internal, BASE), "another scheme is another origin");
    }

    @Test
    void everyOtherOriginIsForeign() {
        String own = OwnOrigins.originOf("http", "localhost", 8080);
        for (String foreign : List.of("http://localhost:3000", "http://localhost", "https://localhost:8080",
                "http://localhost:8080.evil.example", "http://evil.example", "https://gatehouse.example.com.evil.example",
                "http://user@localhost:8080", "http://localhost:8080/page", "http://localhost:8080?x=1", "null", "",
                "localhost:8080", "ftp://localhost:8080", "http://local host:8080")) {
            assertFalse(OwnOrigins.include(foreign, own, BASE), foreign);
        }
        assertFalse(OwnOrigins.include(null, own, BASE));
        assertFalse(OwnOrigins.include("http://localhost:8080", null, "not a url"), "no own origin known: nothing is own");
    }

    @Test
    void originsHaveOneSpelling() {
        assertEquals("https://example.com", OwnOrigins.normalized("HTTPS://Example.COM:443"));
        assertEquals("http://example.com:8443", OwnOrigins.normalized(" http://example.com:8443 "));
        assertNull(OwnOrigins.normalized("http://example.com/path"));
        assertNull(OwnOrigins.originOf("http", "", 80));
        assertNull(OwnOrigins.originOf("http", null, 80));
    }
}
