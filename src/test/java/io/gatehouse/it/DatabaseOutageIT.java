package io.gatehouse.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gatehouse.testing.HttpReply;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The database goes away behind a TCP proxy while the server runs and comes back: meanwhile requests that need it
 * answer a JSON 503 ({@code database_unavailable}, with {@code Retry-After}), and once it answers again
 * database-backed requests succeed within {@value #RECOVERY_SECONDS} s, without a restart, on every server and
 * database (the pool's connections broken by the outage are replaced, not handed out again).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DatabaseOutageIT extends DatabaseProxyDeployment {

    static final int RECOVERY_SECONDS = 10;
    private static final int REQUESTS_DURING_OUTAGE = 2;
    private static String session;

    @AfterAll
    static void restore() {
        database().restore();
    }

    private HttpReply mint() {
        return http().post("/auth/anonymous").json("{\"device_id\": \"" + newDeviceId() + "\"}").send();
    }

    private HttpReply projects() {
        return http().get("/projects").bearer(session).send();
    }

    @Test
    @Order(1)
    void databaseBackedRequestsWorkBeforeTheOutage() {
        session = http().anonymousToken(newDeviceId());
        for (int i = 0; i < 5; i++) {
            assertEquals(201, http().post("/projects").bearer(session).json("{\"name\": \"p" + i + "\"}").send().status());
            assertEquals(200, projects().status());
            assertEquals(200, mint().status());
        }
    }

    @Test
    @Order(2)
    void whileTheDatabaseIsCutRequestsAnswerAJson503() throws Exception {
        database().cut();

        List<String> timings = Collections.synchronizedList(new ArrayList<>());
        List<Callable<HttpReply>> requests = new ArrayList<>();
        for (int i = 0; i < REQUESTS_DURING_OUTAGE; i++) {
            Supplier<HttpReply> request = i % 2 == 0 ? this::mint : this::projects;
            requests.add(() -> timed(request, timings));
        }
        List<HttpReply> replies = race(requests);
        System.out.printf("database outage: answers while cut, sent at once (status/ms): %s%n", timings);
        for (HttpReply reply : replies) {
            assertEquals(503, reply.status(), reply::toString);
            assertEquals("database_unavailable", reply.json().getString("code"), reply::toString);
            assertNotNull(reply.detail(), reply::toString);
            assertTrue(reply.json().getBoolean("retryable"), reply::toString);
            assertNotNull(reply.header("Retry-After"), reply::toString);
        }
    }

    @Test
    @Order(3)
    void onceTheDatabaseIsBackRequestsSucceedWithinTenSeconds() throws InterruptedException {
        database().restore();
        long restored = System.nanoTime();

        HttpReply minted = until(restored, this::mint, 200);
        HttpReply listed = until(restored, this::projects, 200);
        long recoveredMillis = (System.nanoTime() - restored) / 1_000_000;

        assertEquals(5, listed.json().getJsonArray("projects").size(), listed::toString);
        assertNotNull(minted.json().getString("token"));
        for (int i = 0; i < 10; i++) {
            assertEquals(200, mint().status(), "every request succeeds once recovered");
            assertEquals(200, projects().status(), "every request succeeds once recovered");
        }
        System.out.printf("database outage: a mint and a read succeeded %d ms after restore%n", recoveredMillis);
    }

    /** Repeats the request until it answers {@code status}, failing with the last answer after the recovery deadline. */
    private static HttpReply until(long since, Supplier<HttpReply> request, int status) throws InterruptedException {
        long deadline = since + Duration.ofSeconds(RECOVERY_SECONDS).toNanos();
        List<String> attempts = new ArrayList<>();
        HttpReply reply = timed(request, attempts);
        while (reply.status() != status && System.nanoTime() < deadline) {
            Thread.sleep(200);
            reply = timed(request, attempts);
        }
        HttpReply last = reply;
        System.out.printf("database outage: attempts after restore (status/ms): %s%n", attempts);
        assertEquals(status, last.status(), () -> "not recovered " + RECOVERY_SECONDS + " s after the database came back: " + last);
        return last;
    }

    private static HttpReply timed(Supplier<HttpReply> request, List<String> attempts) {
        long start = System.nanoTime();
        HttpReply reply = request.get();
        attempts.add(reply.status() + "/" + (System.nanoTime() - start) / 1_000_000);
        return reply;
    }
}
