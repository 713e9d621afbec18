package io.gatehouse.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gatehouse.testing.GatehouseDeployment;
import io.gatehouse.testing.HttpReply;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringReader;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * One client-address rule: the sessions list ({@code GET /auth/sessions}, the admin API's user page), the audit trail
 * and the rate limits all see the address resolved through {@code TRUSTED_PROXIES}. The test client's own addresses
 * are trusted proxies here; a request from {@code 127.0.0.2} (also this machine, not trusted) shows its socket address
 * whatever {@code X-Forwarded-For} it sends.
 */
@Tag(GatehouseIT.DATABASE_INDEPENDENT)
class ClientAddressIT extends GatehouseIT {

    static final String ADMIN = newUserId();
    static final String UNTRUSTED_PEER = "127.0.0.2";
    static final Duration DEADLINE = Duration.ofSeconds(30);

    @Deployment(testable = false)
    static WebArchive deployment() {
        Map<String, String> config = GatehouseDeployment.defaultConfig("clientaddress");
        config.put("trusted-proxies", String.join(",", RateLimitIT.localAddresses()) + ",10.255.255.0/24");
        config.put("super-admin.user-ids", ADMIN);
        config.put("rate-limit.session-per-minute", "2");
        return GatehouseDeployment.of(config);
    }

    private static String adminJwt() {
        return clerk().token().subject(ADMIN).sign();
    }

    /** The one session of the token's principal, as GET /auth/sessions shows it. */
    private JsonObject listed(String token) {
        HttpReply reply = http().get("/auth/sessions").bearer(token).send();
        assertEquals(200, reply.status(), reply::toString);
        JsonArray sessions = reply.json().getJsonArray("sessions");
        assertEquals(1, sessions.size(), reply::toString);
        return sessions.getJsonObject(0);
    }

    /** The ip of the audit event of this type and user, once the background writer has stored it. */
    private String auditedIp(String type, String principalId) throws InterruptedException {
        long deadline = System.nanoTime() + DEADLINE.toNanos();
        while (true) {
            HttpReply reply = http().get("/api/v1/audit?type=" + type + "&user=" + principalId).bearer(adminJwt()).send();
            assertEquals(200, reply.status(), reply::toString);
            JsonArray events = reply.json().getJsonArray("events");
            if (!events.isEmpty()) {
                return events.getJsonObject(0).getString("ip");
            }
            assertTrue(System.nanoTime() < deadline, "no " + type + " event within " + DEADLINE);
            Thread.sleep(100);
        }
    }

    /** The ip the admin API's user page shows for the user's one session. */
    private String adminListedIp(String clerkUserId) {
        HttpReply page = http().get("/api/v1/admin/users/" + clerkUserId).bearer(adminJwt()).send();
        assertEquals(200, page.status(), page::toString);
        JsonArray sessions = page.json().getJsonArray("sessions");
        assertEquals(1, sessions.size(), page::toString);
        return sessions.getJsonObject(0).getString("ip");
    }

    @Test
    void behindATrustedProxyEveryViewShowsTheForwardedClient() throws Exception {
        String userId = newUserId();
        String jwt = clerk().token().subject(userId).sign();
        HttpReply exchanged = http().post("/auth/session").bearer(jwt).header("X-Forwarded-For", "203.0.113.10").send();
        assertEquals(200, exchanged.status(), exchanged::toString);
        String token = exchanged.json().getString("token");

        JsonObject session = listed(token);
        assertEquals("203.0.113.10", session.getString("ip"), session::toString);
        assertEquals("203.0.113.10", adminListedIp(userId));
        String principal = http().get("/api/v1/users/me").bearer(token).send().json().getString("id");
        assertEquals("203.0.113.10", auditedIp("session.exchange", principal));

        String device = http().post("/auth/anonymous").header("X-Forwarded-For", "198.51.100.20, 10.255.255.1")
                .json(Json.createObjectBuilder().add("device_id", newDeviceId()).build().toString()).send().json().getString("token");
        assertEquals("198.51.100.20", listed(device).getString("ip"), "the right-most hop that is not a trusted proxy");
    }

    @Test
    void fromAnUntrustedPeerTheSocketAddressIsTheClient() throws Exception {
        String userId = newUserId();
        String jwt = clerk().token().subject(userId).sign();
        JsonObject exchanged = postFromUntrustedPeer("/auth/session", jwt, "203.0.113.11");
        String token = exchanged.getString("token");

        assertEquals(UNTRUSTED_PEER, listed(token).getString("ip"));
        assertEquals(UNTRUSTED_PEER, adminListedIp(userId));
        String principal = http().get("/api/v1/users/me").bearer(token).send().json().getString("id");
        assertEquals(UNTRUSTED_PEER, auditedIp("session.exchange", principal));
    }

    @Test
    void theRateLimitsCountTheSameAddress() throws Exception {
        String client = "203.0.113.12";
        for (int i = 0; i < 2; i++) {
            HttpReply reply = http().post("/auth/session").bearer("not-a-token").header("X-Forwarded-For", client).send();
            assertEquals(401, reply.status(), reply::toString);
        }
        HttpReply refused = http().post("/auth/session").bearer(userJwt()).header("X-Forwarded-For", client).send();
        assertEquals(429, refused.status(), "the forwarded client's budget is spent: " + refused);
        HttpReply fresh = http().post("/auth/session").bearer(userJwt()).header("X-Forwarded-For", "203.0.113.13").send();
        assertEquals(200, fresh.status(), "another forwarded client has its own: " + fresh);
    }

    /**
     * A {@code POST} with a bearer token and an {@code X-Forwarded-For} sent from {@link #UNTRUSTED_PEER}: the JDK's
     * HTTP client cannot choose its local address, so this is HTTP/1.0 over a plain socket (the answer then comes
     * without chunking and ends with the connection). Returns the JSON body of a 200.
     */
    private JsonObject postFromUntrustedPeer(String path, String bearer, String forwardedFor) throws IOException {
        try (Socket socket = new Socket()) {
            socket.setSoTimeout(30_000);
            socket.bind(new InetSocketAddress(UNTRUSTED_PEER, 0));
            socket.connect(new InetSocketAddress("127.0.0.1", base.getPort()), 10_000);
            String request = "POST " + path + " HTTP/1.0\r\nHost: 127.0.0.1:" + base.getPort() + "\r\nAuthorization: Bearer "
                    + bearer + "\r\nX-Forwarded-For: " + forwardedFor + "\r\nContent-Length: 0\r\n\r\n";
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            String response = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(response.startsWith("HTTP/1.") && response.substring(9, 12).equals("200"), response);
            String body = response.substring(response.indexOf("\r\n\r\n") + 4);
            try (JsonReader reader = Json.createReader(new StringReader(body))) {
                return reader.readObject();
            }
        }
    }
}
