package io.gatehouse.console.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gatehouse.console.control.ConsolePolicy;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The console's headers are exactly the documented ones, and only /console and /console/ are the page. */
class ConsoleHeadersTest {

    @Test
    void theHeadersAreTheDocumentedOnes() {
        assertEquals(Map.of(
                "Content-Security-Policy", "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
                        + "connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'",
                "X-Frame-Options", "DENY",
                "X-Content-Type-Options", "nosniff",
                "Referrer-Policy", "no-referrer",
                "Cache-Control", "no-store"), ConsolePolicy.HEADERS);
        assertEquals(List.of("Content-Security-Policy", "X-Frame-Options", "X-Content-Type-Options", "Referrer-Policy",
                "Cache-Control"), List.copyOf(ConsolePolicy.HEADERS.keySet()));
    }

    @Test
    void onlyTheConsoleItselfIsForwardedToThePage() {
        assertTrue(ConsoleHeaders.isPage("/console", null));
        assertTrue(ConsoleHeaders.isPage("/console", "/"));
        assertFalse(ConsoleHeaders.isPage("/console", "/index.html"));
        assertFalse(ConsoleHeaders.isPage("/console", "/js/app.js"));
        assertFalse(ConsoleHeaders.isPage("/console", "//"));
        assertFalse(ConsoleHeaders.isPage("", "/console/x"));
    }
}
