package io.gatehouse.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gatehouse.testing.HttpReply;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The HTTP conventions Gatehouse keeps on every server, where Payara (Jersey, Grizzly) and WildFly
 * (RESTEasy, Undertow) would each answer their own way by default.
 */
@Tag(GatehouseIT.DATABASE_INDEPENDENT)
class HttpConventionsIT extends PlainDeployment {

    @Test
    void everyAnswerForbidsCachingSniffingAndFraming() {
        String token = http().anonymousToken(newDeviceId());
        List<HttpReply> replies = List.of(
                http().get("/projects").bearer(token).send(),
                http().get("/projects").send(),
                http().get("/no/such/path").send(),
                http().post("/auth/anonymous").json("{").send());
        assertEquals(List.of(200, 401, 404, 400), replies.stream().map(HttpReply::status).toList());
        for (HttpReply reply : replies) {
            assertEquals("no-store", reply.header("Cache-Control"), reply::toString);
            assertEquals("nosniff", reply.header("X-Content-Type-Options"), reply::toString);
            assertEquals("DENY", reply.header("X-Frame-Options"), reply::toString);
        }
    }

    @Test
    void optionsListsTheMethodsWithoutABodyOrCredentials() {
        HttpReply reply = http().request("OPTIONS", "/projects").send();
        assertEquals(204, reply.status(), reply::toString);
        assertEquals(List.of("GET", "HEAD", "OPTIONS", "POST"), allowed(reply));
        assertEquals("", reply.body(), reply::toString);
        assertNull(reply.header("Content-Type"), reply::toString);

        HttpReply publicEndpoint = http().request("OPTIONS", "/auth/anonymous").send();
        assertEquals(204, publicEndpoint.status(), publicEndpoint::toString);
        assertEquals(List.of("OPTIONS", "POST"), allowed(publicEndpoint));
    }

    @Test
    void aWrongMethodIsA405InJson() {
        HttpReply reply = http().put("/auth/anonymous").json("{}").send();
        assertEquals(405, reply.status(), reply::toString);
        assertTrue(reply.header("Content-Type").startsWith("application/json"), reply::toString);
        assertEquals("method_not_allowed", reply.json().getString("code"), reply::toString);
    }

    @Test
    void malformedJsonDeclaredAsJsonIsA400() {
        HttpReply reply = http().post("/auth/anonymous").body("application/json; charset=UTF-8", "{\"device_id\": ").send();
        assertProblem(reply, 400, "Malformed JSON body");
    }

    private static List<String> allowed(HttpReply reply) {
        String allow = reply.header("Allow");
        assertTrue(allow != null, reply::toString);
        return Arrays.stream(allow.split(",")).map(String::trim).sorted().toList();
    }
}
