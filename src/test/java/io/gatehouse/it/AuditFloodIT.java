package io.gatehouse.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.gatehouse.testing.GatehouseClient;
import io.gatehouse.testing.GatehouseDeployment;
import io.gatehouse.testing.HttpReply;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Thousands of requests with garbage bearer tokens, on an endpoint and on unknown paths, while users exchange,
 * rebind and log out: every security event reaches the audit trail, and the refusals are there as a few
 * {@code token.refused} rows (one per refusal code and client address per flush window, at most
 * {@value #MAX_ADDRESSES} addresses plus {@code other}) whose counts add up to exactly the refused requests.
 * The flush window is {@value #FLUSH_SECONDS} s here (a minute by default).
 */
@Tag(GatehouseIT.DATABASE_INDEPENDENT_ON_POSTGRESQL)
class AuditFloodIT extends GatehouseIT {

    static final int FLUSH_SECONDS = 2;
    static final int MAX_ADDRESSES = 3;
    static final String ADMIN = newUserId();
    private static final int FLOOD = 6_000;
    private static final int THREADS = 8;
    private static final int ROUNDS = 5;
    private static final int FORWARDED_ADDRESSES = 10;
    private static final Duration DEADLINE = Duration.ofSeconds(60);
    private static final Pattern COUNT = Pattern.compile("^count=(\\d+) credential=\\S+ message=");
    private static final SecureRandom RANDOM = new SecureRandom();

    @Deployment(testable = false)
    static WebArchive deployment() {
        Map<String, String> config = GatehouseDeployment.defaultConfig("flood");
        config.put("super-admin.user-ids", ADMIN);
        config.put("audit.refusals-flush-seconds", String.valueOf(FLUSH_SECONDS));
        config.put("audit.refusals-max-addresses", String.valueOf(MAX_ADDRESSES));
        config.put("trusted-proxies", String.join(",", RateLimitIT.localAddresses()));
        return GatehouseDeployment.of(config);
    }

    @Test
    void aFloodOfRefusedTokensIsCountedAndCrowdsOutNoSecurityEvent() throws Exception {
        GatehouseClient client = http();
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        AtomicInteger sent = new AtomicInteger();
        List<Future<?>> flooders = new ArrayList<>();
        long start = System.nanoTime();
        Instant floodStart = Instant.now().minusSeconds(1).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        for (int t = 0; t < THREADS; t++) {
            flooders.add(pool.submit(() -> {
                for (int i = sent.getAndIncrement(); i < FLOOD; i = sent.getAndIncrement()) {
                    HttpReply reply = garbageRequest(client, i);
                    assertTrue(reply.status() == 401 || reply.status() == 404, reply::toString);
                }
                return null;
            }));
        }
        List<String> principals = new ArrayList<>();
        List<String> rebound = new ArrayList<>();
        for (int round = 0; round < ROUNDS; round++) {
            String[] result = exchangeRebindAndLogOut(client);
            principals.add(result[0]);
            rebound.add(result[1]);
        }
        for (Future<?> flooder : flooders) {
            flooder.get();
        }
        long floodMillis = (System.nanoTime() - start) / 1_000_000;
        pool.shutdown();

        awaitAggregated(client, FLOOD);
        long settledMillis = (System.nanoTime() - start) / 1_000_000;

        for (int round = 0; round < ROUNDS; round++) {
            String principal = principals.get(round);
            assertTrue(hasEvent(client, "session.exchange", principal), "exchange of round " + round);
            assertTrue(hasEvent(client, "session.rebind", principal), "rebind of round " + round);
            assertTrue(hasEvent(client, "session.logout", principal), "logout of round " + round);
            assertTrue(hasEvent(client, "session.revoke", rebound.get(round)), "the rebind's revocation of round " + round);
        }
        assertEquals(0, metric(client, "gatehouse_audit_events_dropped"), "no security event dropped");

        List<JsonObject> refusedRows = events(client, "token.refused", floodStart);
        long counted = 0;
        Set<String> addresses = new HashSet<>();
        for (JsonObject row : refusedRows) {
            Matcher count = COUNT.matcher(((JsonString) row.get("detail")).getString());
            assertTrue(count.find(), row::toString);
            counted += Long.parseLong(count.group(1));
            assertEquals("invalid_token", row.getString("reason"), row::toString);
            addresses.add(row.getString("ip"));
        }
        long windows = floodMillis / 1000 / FLUSH_SECONDS + 3;
        System.out.printf("audit flood: %d refused requests (%d threads) in %d ms, settled after %d ms; %d token.refused rows "
                + "(bound %d: %d windows x %d addresses + other), addresses %s; %d security events of %d rounds all recorded%n",
                FLOOD, THREADS, floodMillis, settledMillis, refusedRows.size(), windows * (MAX_ADDRESSES + 1), windows,
                MAX_ADDRESSES, addresses, ROUNDS * 4, ROUNDS);
        assertEquals(FLOOD, counted, "the counts add up to the refused requests: " + refusedRows);
        assertTrue(refusedRows.size() <= windows * (MAX_ADDRESSES + 1), refusedRows.size() + " rows: " + refusedRows);
        assertTrue(addresses.contains("other"), "more than " + MAX_ADDRESSES + " addresses: the rest under other " + addresses);
        assertTrue(addresses.size() <= FORWARDED_ADDRESSES + 2, addresses::toString);
    }

    /**
     * A garbage token of one of three shapes (unknown session token, malformed JWT, no known format), on
     * {@code GET /projects} or an unknown path; every other request names one of a few client addresses through a
     * trusted proxy's {@code X-Forwarded-For}, the rest come from the test's own address.
     */
    private static HttpReply garbageRequest(GatehouseClient client, int i) {
        byte[] random = new byte[24];
        RANDOM.nextBytes(random);
        String noise = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        String token = switch (i % 3) {
            case 0 -> "msc_" + noise;
            case 1 -> noise.substring(0, 10) + "." + noise.substring(10, 20) + "." + noise.substring(20);
            default -> noise;
        };
        GatehouseClient.Request request = (i % 4 < 2 ? client.get("/projects") : client.get("/no/such/path/" + i)).bearer(token);
        if (i % 2 == 1) {
            request.header("X-Forwarded-For", "203.0.113." + (i / 2 % FORWARDED_ADDRESSES + 1));
        }
        return request.send();
    }

    /** A user exchanges a JWT, rebinds a device with a project, and logs out; returns the user's and the device's principal. */
    private static String[] exchangeRebindAndLogOut(GatehouseClient client) {
        String session = client.sessionToken(clerk().token().subject(newUserId()).sign());
        String principal = client.get("/api/v1/users/me").bearer(session).send().json().getString("id");
        String device = newDeviceId();
        String anonymous = client.anonymousToken(device);
        assertEquals(201, client.post("/projects").bearer(anonymous).json("{\"name\": \"flooded\"}").send().status());
        HttpReply rebind = client.post("/auth/rebind").bearer(session).json("{\"device_id\": \"" + device + "\"}").send();
        assertEquals(200, rebind.status(), rebind::toString);
        assertEquals(200, client.delete("/auth/session").bearer(session).send().status());
        return new String[] {principal, rebind.json().getString("anon_uuid")};
    }

    private static String adminJwt() {
        return clerk().token().subject(ADMIN).sign();
    }

    private static boolean hasEvent(GatehouseClient client, String type, String principal) {
        HttpReply reply = client.get("/api/v1/audit?limit=200&type=" + type + "&user=" + principal).bearer(adminJwt()).send();
        assertEquals(200, reply.status(), reply::toString);
        return !reply.json().getJsonArray("events").isEmpty();
    }

    /** Every event of the type since the time, following the pages. */
    private static List<JsonObject> events(GatehouseClient client, String type, Instant since) {
        List<JsonObject> events = new ArrayList<>();
        String query = "?limit=200&type=" + type + "&since=" + since;
        while (true) {
            HttpReply reply = client.get("/api/v1/audit" + query).bearer(adminJwt()).send();
            assertEquals(200, reply.status(), reply::toString);
            reply.json().getJsonArray("events").forEach(e -> events.add(e.asJsonObject()));
            JsonValue next = reply.json().get("next_cursor");
            if (next == JsonValue.NULL) {
                return events;
            }
            query = "?limit=200&type=" + type + "&since=" + since + "&cursor=" + ((JsonString) next).getString();
        }
    }

    /** Waits until the refusals written as counts reach {@code expected} (the rows are written every flush window). */
    private static void awaitAggregated(GatehouseClient client, long expected) throws InterruptedException {
        long deadline = System.nanoTime() + DEADLINE.toNanos();
        double aggregated = metric(client, "gatehouse_audit_refusals_aggregated");
        while (aggregated < expected) {
            if (System.nanoTime() > deadline) {
                fail("only " + aggregated + " of " + expected + " refusals written within " + DEADLINE);
            }
            Thread.sleep(250);
            aggregated = metric(client, "gatehouse_audit_refusals_aggregated");
        }
        assertEquals(expected, (long) aggregated, "no refusal counted twice");
    }

    private static double metric(GatehouseClient client, String name) {
        HttpReply reply = client.get("/ops/metrics").send();
        assertEquals(200, reply.status(), reply::toString);
        for (String line : reply.body().split("\n")) {
            if (line.startsWith(name + " ")) {
                return Double.parseDouble(line.substring(name.length() + 1).trim());
            }
        }
        throw new AssertionError("no " + name + " in " + reply.body());
    }
}
