package io.gatehouse.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gatehouse.testing.GatehouseDeployment;
import io.gatehouse.testing.HttpReply;
import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;

/** {@code POST /auth/anonymous}: minting, idempotence per device, races, and refusing bad input. */
class AnonymousSessionIT extends GatehouseIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return GatehouseDeployment.of(GatehouseDeployment.defaultConfig("anonymous"));
    }

    @Test
    void mintsAnOpaqueAnonymousToken() {
        HttpReply reply = http().post("/auth/anonymous").json("{\"device_id\": \"" + newDeviceId() + "\"}").send();

        assertEquals(200, reply.status(), reply::toString);
        JsonObject body = reply.json();
        assertTrue(body.getString("token").startsWith("ms_sess_"), body::toString);
        assertTrue(body.getString("token").length() >= "ms_sess_".length() + 43, "at least 256 bits");
        assertEquals(1800, body.getInt("expires_in"));
        assertEquals(2, body.size(), body::toString);
    }

    @Test
    void everyMintForOneDeviceIsTheSamePrincipal() {
        String device = newDeviceId();
        String first = http().anonymousToken(device);
        String second = http().anonymousToken(device);

        assertTrue(!first.equals(second), "each call mints its own token");
        assertEquals(201, http().post("/projects").bearer(first).json("{\"name\": \"kept\"}").send().status());
        JsonObject listed = http().get("/projects").bearer(second).send().json();
        assertEquals(1, listed.getJsonArray("projects").size(), listed::toString);
        assertEquals("kept", listed.getJsonArray("projects").getJsonObject(0).getString("name"));
    }

    @Test
    void racingMintsForOneDeviceEndAsOnePrincipal() throws Exception {
        String device = newDeviceId();
        List<Callable<HttpReply>> mints = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            mints.add(() -> http().post("/auth/anonymous").json("{\"device_id\": \"" + device + "\"}").send());
        }
        List<HttpReply> replies = race(mints);

        Set<String> tokens = new HashSet<>();
        for (HttpReply reply : replies) {
            assertEquals(200, reply.status(), reply::toString);
            tokens.add(reply.json().getString("token"));
        }
        assertEquals(12, tokens.size());
        String writer = tokens.iterator().next();
        http().post("/projects").bearer(writer).json("{\"name\": \"shared\"}").send();
        for (String token : tokens) {
            assertEquals(1, http().get("/projects").bearer(token).send().json().getJsonArray("projects").size());
        }
    }

    @Test
    void deviceIdIsRequired() {
        assertProblem(http().post("/auth/anonymous").json("{}").send(), 422, "device_id required");
        assertProblem(http().post("/auth/anonymous").json("{\"device_id\": null}").send(), 422, "device_id required");
        assertProblem(http().post("/auth/anonymous").send(), 422, "device_id required");
    }

    @Test
    void invalidDeviceIdsAreRefusedWithAReason() {
        assertProblem(http().post("/auth/anonymous").json("{\"device_id\": 42}").send(), 422, "device_id must be a string");
        assertProblem(http().post("/auth/anonymous").json("{\"device_id\": \"  \"}").send(), 422, "device_id must not be empty");
        assertProblem(http().post("/auth/anonymous").json("{\"device_id\": \"" + "d".repeat(129) + "\"}").send(),
                422, "device_id must be at most 128 characters");
        assertProblem(http().post("/auth/anonymous").json("{\"device_id\": \"a\\u0000b\"}").send(),
                422, "device_id must contain printable characters only");
        assertEquals(200, http().post("/auth/anonymous").json("{\"device_id\": \"" + "d".repeat(128) + "\"}").send().status());
    }

    @Test
    void malformedOrOversizedBodiesAreClientErrors() {
        assertProblem(http().post("/auth/anonymous").json("{\"device_id\": ").send(), 400, "Malformed JSON body");
        assertProblem(http().post("/auth/anonymous").json("[\"device_id\"]").send(), 422, "Request body must be a JSON object");
        HttpReply huge = http().post("/auth/anonymous").json("{\"device_id\": \"" + "x".repeat(200_000) + "\"}").send();
        assertEquals(413, huge.status(), huge::toString);
        assertEquals("payload_too_large", huge.json().getString("code"));
    }

    @Test
    void aFormEncodedCurlBodyStillReadsAsJson() {
        HttpReply reply = http().post("/auth/anonymous")
                .body("application/x-www-form-urlencoded", "{\"device_id\": \"" + newDeviceId() + "\"}").send();
        assertEquals(200, reply.status(), reply::toString);
    }

    @Test
    void aCredentialSentToThePublicEndpointIsIgnored() {
        HttpReply reply = http().post("/auth/anonymous").bearer("msc_not-a-real-token")
                .json("{\"device_id\": \"" + newDeviceId() + "\"}").send();
        assertEquals(200, reply.status(), reply::toString);
    }

    @Test
    void errorsAreJsonWithAStableCode() {
        HttpReply reply = http().post("/auth/anonymous").json("{}").send();
        assertTrue(reply.header("Content-Type").startsWith("application/json"), reply::toString);
        JsonObject body = reply.json();
        assertEquals("validation_failed", body.getString("code"));
        assertEquals(false, body.getBoolean("retryable"));

        HttpReply unknown = http().get("/no/such/path").send();
        assertProblem(unknown, 404, "Not found");
        HttpReply wrongMethod = http().put("/auth/anonymous").json("{}").send();
        assertEquals(405, wrongMethod.status(), wrongMethod::toString);
        assertEquals("method_not_allowed", wrongMethod.json().getString("code"));
    }
}
