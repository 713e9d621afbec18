package io.gatehouse.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gatehouse.testing.HttpReply;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * How the WAR serves the operations console, without a browser: {@code /console} and {@code /console/} answer the page
 * itself (no redirect), its files come with their media types, every answer under {@code /console} carries the strict
 * {@code Content-Security-Policy} and its companions, the files are public (a credential sent along is not even looked
 * at) and count in the per-address rate limit, and anything else there is the usual JSON. ConsoleIT drives the page in
 * a browser.
 */
@Tag(GatehouseIT.DATABASE_INDEPENDENT)
class ConsoleServingIT extends SecretsDeployment {

    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'";

    static void assertConsoleHeaders(HttpReply reply) {
        assertEquals(CSP, reply.header("Content-Security-Policy"), reply::toString);
        assertEquals("DENY", reply.header("X-Frame-Options"), reply::toString);
        assertEquals("nosniff", reply.header("X-Content-Type-Options"), reply::toString);
        assertEquals("no-referrer", reply.header("Referrer-Policy"), reply::toString);
        assertEquals("no-store", reply.header("Cache-Control"), reply::toString);
    }

    private static String mediaType(HttpReply reply) {
        String type = reply.header("Content-Type");
        assertNotNull(type, reply::toString);
        return type.toLowerCase().replace(" ", "");
    }

    @Test
    void theConsoleAndItsSlashAnswerThePageItself() {
        HttpReply index = http().get("/console/index.html").send();
        assertEquals(200, index.status(), () -> index + " Location: " + index.header("Location"));
        for (String path : List.of("/console", "/console/")) {
            HttpReply page = http().get(path).send();
            assertEquals(200, page.status(), () -> path + ": " + page);
            assertEquals("text/html;charset=utf-8", mediaType(page), path);
            assertConsoleHeaders(page);
            assertEquals(index.body(), page.body(), path + " is the page");
            assertTrue(page.body().contains("<script type=\"module\" src=\"/console/js/app.js\"></script>"), page::toString);
        }
    }

    @Test
    void thePageHasNoInlineScriptOrStyleAndNothingFromAnotherOrigin() {
        String page = http().get("/console/").send().body();
        assertTrue(page.indexOf("<script") == page.lastIndexOf("<script"), "one script element, a module file");
        for (String inline : List.of(" style=", "<style", " onclick=", " onload=", " onsubmit=", "javascript:", "http://", "https://")) {
            assertTrue(!page.contains(inline), () -> "the page contains " + inline);
        }
    }

    @Test
    void filesComeWithTheirMediaTypesAndTheHeaders() {
        Map<String, String> files = Map.of(
                "/console/console.css", "text/css;charset=utf-8",
                "/console/js/app.js", "text/javascript;charset=utf-8",
                "/console/js/api.js", "text/javascript;charset=utf-8",
                "/console/js/views/user-page.js", "text/javascript;charset=utf-8");
        files.forEach((path, type) -> {
            HttpReply file = http().get(path).send();
            assertEquals(200, file.status(), () -> path + ": " + file);
            assertEquals(type, mediaType(file), path);
            assertConsoleHeaders(file);
            assertNotNull(file.header("RateLimit-Limit"), () -> path + " counts in the per-address rate limit: " + file.headers());
        });
        HttpReply head = http().request("HEAD", "/console/js/app.js").send();
        assertEquals(200, head.status(), head::toString);
        assertEquals("", head.body());
    }

    @Test
    void theFilesArePublicACredentialSentAlongIsNotLookedAt() {
        HttpReply withGarbage = http().get("/console/").cookie("__session", "not-a-token").bearer("garbage").send();
        assertEquals(200, withGarbage.status(), withGarbage::toString);
        HttpReply withJwt = http().get("/console/js/app.js").cookie("__session", userJwt()).send();
        assertEquals(200, withJwt.status(), withJwt::toString);
    }

    @Test
    void anythingElseUnderTheConsoleIsTheUsualJson() {
        for (String path : List.of("/console/missing.js", "/console/js/", "/console/WEB-INF/web.xml", "/console/index.HTML",
                "/console/js/app.js.map")) {
            HttpReply missing = http().get(path).send();
            assertEquals(404, missing.status(), () -> path + ": " + missing);
            assertEquals("not_found", missing.json().getString("code"), path);
            assertConsoleHeaders(missing);
            assertNotNull(missing.header("RateLimit-Limit"), path);
        }
        HttpReply post = http().post("/console/").json("{}").send();
        assertEquals(405, post.status(), post::toString);
        assertEquals("method_not_allowed", post.json().getString("code"));
        assertEquals("GET, HEAD, OPTIONS", post.header("Allow"));
        HttpReply options = http().request("OPTIONS", "/console/js/app.js").send();
        assertEquals(204, options.status(), options::toString);
        assertEquals("GET, HEAD, OPTIONS", options.header("Allow"));
    }
}
