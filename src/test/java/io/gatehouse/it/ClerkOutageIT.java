package io.gatehouse.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gatehouse.testing.GatehouseDeployment;
import io.gatehouse.testing.HttpReply;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Clerk unreachable at boot: JWTs get 503 "JWKS not loaded" until Clerk answers, then work without a
 * restart, and keep working from the cached keys in a later outage. Also the session TTL, shortened here.
 */
@Tag(GatehouseIT.DATABASE_INDEPENDENT_ON_POSTGRESQL)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClerkOutageIT extends GatehouseIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        clerk().jwksAvailable(false);
        Map<String, String> config = GatehouseDeployment.defaultConfig("outage");
        config.put("clerk.jwks-refetch-interval-seconds", "2");
        config.put("session.ttl-seconds", "2");
        return GatehouseDeployment.of(config);
    }

    @AfterAll
    static void restoreClerk() {
        clerk().reset();
    }

    @Test
    @Order(1)
    void withoutKeysJwtsAreRefusedAsTransient() {
        HttpReply reply = http().post("/auth/session").bearer(userJwt()).send();
        assertProblem(reply, 503, "JWKS not loaded");
        assertEquals(true, reply.json().getBoolean("retryable"));
        assertEquals("jwks_unavailable", reply.json().getString("code"));
        assertTrue(reply.header("Retry-After") != null, reply::toString);
        assertEquals(200, http().post("/auth/anonymous").json("{\"device_id\": \"" + newDeviceId() + "\"}").send().status(),
                "anonymous sessions do not depend on Clerk");
    }

    @Test
    @Order(2)
    void recoversByItselfOnceClerkAnswers() throws InterruptedException {
        clerk().jwksAvailable(true);
        HttpReply reply = null;
        for (int attempt = 0; attempt < 40; attempt++) {
            reply = http().post("/auth/session").bearer(userJwt()).send();
            if (reply.status() == 200) {
                break;
            }
            Thread.sleep(500);
        }
        assertEquals(200, reply.status(), String.valueOf(reply));
    }

    @Test
    @Order(3)
    void cachedKeysKeepWorkingWhileClerkIsDown() {
        clerk().jwksAvailable(false);
        HttpReply reply = http().post("/auth/session").bearer(userJwt()).send();
        assertEquals(200, reply.status(), reply::toString);
    }

    @Test
    @Order(4)
    void sessionTokensExpireAfterTheirTtl() throws InterruptedException {
        HttpReply minted = http().post("/auth/anonymous").json("{\"device_id\": \"" + newDeviceId() + "\"}").send();
        assertEquals(2, minted.json().getInt("expires_in"));
        String token = minted.json().getString("token");
        assertEquals(200, http().get("/projects").bearer(token).send().status());

        Thread.sleep(2_500);

        HttpReply expired = http().get("/projects").bearer(token).send();
        assertProblem(expired, 401, "Token expired");
        assertEquals("token_expired", expired.json().getString("code"));
    }
}
