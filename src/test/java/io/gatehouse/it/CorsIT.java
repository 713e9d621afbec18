package io.gatehouse.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gatehouse.testing.HttpReply;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** CORS: browsers of {@code CORS_ORIGINS} may call with credentials and the Authorization header; others get no grant. */
@Tag(GatehouseIT.DATABASE_INDEPENDENT)
class CorsIT extends SecretsDeployment {

    private static final String EVIL = "https://evil.example.net";

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

    @Test
    void theSessionCookieWorksWhereTheHeaderDoesAndTheHeaderWins() {
        String token = http().sessionToken(userJwt());
        HttpReply byCookie = http().get("/api/v1/users/me").cookie("__session", token).send();
        assertEquals(200, byCookie.status(), byCookie::toString);

        String other = http().sessionToken(userJwt());
        HttpReply both = http().get("/api/v1/users/me").bearer(other).cookie("__session", token).send();
        assertEquals(200, both.status(), both::toString);
        assertNotEquals(byCookie.json().getString("id"), both.json().getString("id"), "the header's user answers");
        assertEquals(http().get("/api/v1/users/me").bearer(other).send().json().getString("id"), both.json().getString("id"));
    }

    @Test
    void aStateChangingRequestByCookieMustComeFromAnAllowedOrigin() {
        String token = http().sessionToken(userJwt());

        HttpReply fromApp = http().post("/projects").cookie("__session", token).header("Origin", APP).json("{\"name\": \"ok\"}").send();
        assertEquals(201, fromApp.status(), fromApp::toString);
        HttpReply byReferer = http().post("/projects").cookie("__session", token)
                .header("Referer", "http://localhost:3000/projects/new?x=1").json("{\"name\": \"ok\"}").send();
        assertEquals(201, byReferer.status(), byReferer::toString);

        HttpReply forged = http().post("/projects").cookie("__session", token).header("Origin", EVIL).json("{\"name\": \"forged\"}").send();
        assertEquals(403, forged.status(), forged::toString);
        assertEquals("access_denied", forged.json().getString("code"));
        assertEquals("Forbidden: a state-changing request authenticated by the __session cookie must come from an origin "
                + "in CORS_ORIGINS (Origin or Referer header)", forged.detail());
        HttpReply noOrigin = http().post("/projects").cookie("__session", token).json("{\"name\": \"forged\"}").send();
        assertEquals(403, noOrigin.status(), noOrigin::toString);
        HttpReply foreignReferer = http().post("/projects").cookie("__session", token)
                .header("Referer", "https://app.example.com.evil.example.net/").json("{\"name\": \"forged\"}").send();
        assertEquals(403, foreignReferer.status(), foreignReferer::toString);
        assertEquals(403, http().delete("/auth/session").cookie("__session", token).header("Origin", EVIL).send().status());
        assertEquals(403, http().patch("/api/v1/users/me").cookie("__session", token).header("Origin", EVIL)
                .json("{\"notes\": \"forged\"}").send().status());

        HttpReply projects = http().get("/projects").cookie("__session", token).header("Origin", EVIL).send();
        assertEquals(200, projects.status(), "a read by cookie changes nothing: no origin needed");
        assertEquals(2, projects.json().getJsonArray("projects").size(), "no forged request wrote anything");
        assertEquals(200, http().get("/auth/bootstrap").cookie("__session", token).send().status(), "the session survived");
    }

    @Test
    void aStateChangingRequestByCookieFromGatehousesOwnOriginIsAccepted() {
        String token = http().sessionToken(userJwt());
        String own = base.getProtocol() + "://" + base.getHost() + ":" + base.getPort();

        HttpReply fromItself = http().post("/projects").cookie("__session", token).header("Origin", own)
                .json("{\"name\": \"from the console\"}").send();
        assertEquals(201, fromItself.status(), () -> own + ": " + fromItself);
        HttpReply byReferer = http().post("/projects").cookie("__session", token).header("Referer", own + "/console/")
                .json("{\"name\": \"from the console\"}").send();
        assertEquals(201, byReferer.status(), byReferer::toString);
        HttpReply fromPublicBase = http().post("/projects").cookie("__session", token).header("Origin", BASE)
                .json("{\"name\": \"through the proxy\"}").send();
        assertEquals(201, fromPublicBase.status(), "PUBLIC_BASE_URL's origin is Gatehouse's too: " + fromPublicBase);

        for (String foreign : List.of(base.getProtocol() + "://" + base.getHost() + ":" + (base.getPort() + 1),
                "https://" + base.getHost() + ":" + base.getPort(), own + ".evil.example.net", EVIL)) {
            HttpReply forged = http().post("/projects").cookie("__session", token).header("Origin", foreign)
                    .json("{\"name\": \"forged\"}").send();
            assertEquals(403, forged.status(), () -> foreign + ": " + forged);
            assertEquals("access_denied", forged.json().getString("code"));
            assertEquals("Forbidden: a state-changing request authenticated by the __session cookie must come from an origin "
                    + "in CORS_ORIGINS (Origin or Referer header)", forged.detail());
        }
        HttpReply projects = http().get("/projects").cookie("__session", token).send();
        assertEquals(3, projects.json().getJsonArray("projects").size(), "only the three from Gatehouse's origins: " + projects);
    }

    @Test
    void theOriginRuleIsForCookiesOnly() {
        HttpReply byHeader = http().post("/projects").bearer(http().sessionToken(userJwt())).header("Origin", EVIL)
                .json("{\"name\": \"from a script with the token\"}").send();
        assertEquals(201, byHeader.status(), "a bearer header is not sent by the browser on its own");

        HttpReply publicEndpoint = http().post("/auth/anonymous").cookie("__session", "ms_sess_forged").header("Origin", EVIL)
                .json("{\"device_id\": \"" + newDeviceId() + "\"}").send();
        assertEquals(200, publicEndpoint.status(), "a public endpoint ignores any credential");
    }
}
