package io.gatehouse.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gatehouse.testing.GatehouseDeployment;
import io.gatehouse.testing.HttpReply;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;

/** CORS: browsers of {@code CORS_ORIGINS} may call with credentials and the Authorization header; others get no grant. */
class CorsIT extends GatehouseIT {

    private static final String APP = "https://app.example.com";
    private static final String EVIL = "https://evil.example.net";

    @Deployment(testable = false)
    static WebArchive deployment() {
        Map<String, String> config = GatehouseDeployment.defaultConfig("cors");
        config.put("cors.origins", "http://localhost:3000, " + APP);
        return GatehouseDeployment.of(config);
    }

    private HttpReply preflight(String origin, String method, String headers) {
        return http().request("OPTIONS", "/api/v1/users/me")
                .header("Origin", origin)
                .header("Access-Control-Request-Method", method)
                .header("Access-Control-Request-Headers", headers)
                .send();
    }

    @Test
    void aPreflightFromAnAllowedOriginIsGranted() {
        HttpReply reply = preflight(APP, "PATCH", "authorization, content-type");

        assertEquals(204, reply.status(), reply::toString);
        assertEquals(APP, reply.header("Access-Control-Allow-Origin"));
        assertEquals("true", reply.header("Access-Control-Allow-Credentials"));
        assertTrue(reply.header("Access-Control-Allow-Methods").contains("PATCH"), reply::toString);
        assertEquals("authorization, content-type", reply.header("Access-Control-Allow-Headers"));
        assertTrue(reply.headers().allValues("Vary").stream().anyMatch(v -> v.contains("Origin")), reply::toString);
    }

    @Test
    void aPreflightFromAnyOtherOriginGetsNoGrant() {
        HttpReply reply = preflight(EVIL, "GET", "authorization");

        assertNull(reply.header("Access-Control-Allow-Origin"), reply::toString);
        assertNull(reply.header("Access-Control-Allow-Credentials"), reply::toString);
    }

    @Test
    void aPreflightAskingForAnUnknownHeaderGetsNoGrant() {
        assertNull(preflight(APP, "GET", "authorization, x-forwarded-host").header("Access-Control-Allow-Origin"));
    }

    @Test
    void responsesToAnAllowedOriginCarryTheGrantEvenErrors() {
        HttpReply ok = http().get("/api/v1/users/me").bearer(userJwt()).header("Origin", "http://localhost:3000").send();
        assertEquals(200, ok.status(), ok::toString);
        assertEquals("http://localhost:3000", ok.header("Access-Control-Allow-Origin"));
        assertEquals("true", ok.header("Access-Control-Allow-Credentials"));

        HttpReply refused = http().get("/api/v1/users/me").header("Origin", APP).send();
        assertEquals(401, refused.status(), refused::toString);
        assertEquals(APP, refused.header("Access-Control-Allow-Origin"), "a browser app must be able to read the 401");
        assertTrue(refused.header("Access-Control-Expose-Headers").contains("WWW-Authenticate"), refused::toString);
    }

    @Test
    void responsesToAnyOtherOriginCarryNoGrant() {
        HttpReply reply = http().get("/api/v1/users/me").bearer(userJwt()).header("Origin", EVIL).send();

        assertEquals(200, reply.status(), "CORS is the browser's business; the server still answers");
        assertNull(reply.header("Access-Control-Allow-Origin"), reply::toString);
    }
}
