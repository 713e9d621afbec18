package io.gatehouse.audit.control;

import io.gatehouse.kernel.SecurityEvent;
import io.gatehouse.kernel.SecurityEventType;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class RefusalTallyTest {

    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

    private static SecurityEvent row(List<SecurityEvent> events, String reason, String ip) {
        return events.stream().filter(e -> e.reason().equals(reason) && ip.equals(e.ip())).findFirst()
                .orElseThrow(() -> new AssertionError("no row " + reason + " " + ip + " in " + events));
    }

    @Test
    void oneRowPerCodeAndAddressCarryingTheCountAndTheFirstRefusal() {
        RefusalTally tally = new RefusalTally(10);
        tally.count("invalid_token", "203.0.113.9", "session", "Invalid token: unknown session token", T0);
        tally.count("invalid_token", "203.0.113.9", "jwt", "Invalid token: malformed JWT", T0.plusSeconds(1));
        tally.count("invalid_token", "203.0.113.9", "unknown", "Invalid token: unrecognized token format", T0.plusSeconds(2));
        tally.count("token_expired", "203.0.113.9", "jwt", "Token expired", T0.plusSeconds(3));
        tally.count("invalid_token", "198.51.100.7", "session", "Invalid token: unknown session token", T0.plusSeconds(4));

        RefusalTally.Window window = tally.take();

        assertEquals(3, window.events().size(), window::toString);
        assertEquals(5, window.refusals());
        SecurityEvent flood = row(window.events(), "invalid_token", "203.0.113.9");
        assertEquals(SecurityEventType.TOKEN_REFUSED, flood.type());
        assertEquals("count=3 credential=session message=\"Invalid token: unknown session token\"", flood.detail());
        assertEquals(T0, flood.occurredAt(), "the first refusal's time");
        assertNull(flood.principalId());
        assertEquals("count=1 credential=jwt message=\"Token expired\"", row(window.events(), "token_expired", "203.0.113.9").detail());
        assertEquals(T0, window.events().get(0).occurredAt(), "oldest first");
    }

    @Test
    void takingStartsAnEmptyWindow() {
        RefusalTally tally = new RefusalTally(10);
        tally.count("invalid_token", "::1", "jwt", "m", T0);
        assertEquals(1, tally.take().events().size());
        assertTrue(tally.take().events().isEmpty());
        tally.count("invalid_token", "::1", "jwt", "m", T0);
        assertEquals("count=1 credential=jwt message=m", tally.take().events().get(0).detail());
    }

    @Test
    void addressesPastTheCapAreCountedUnderOther() {
        RefusalTally tally = new RefusalTally(3);
        for (int i = 0; i < 50; i++) {
            tally.count("invalid_token", "10.0.0." + i, "unknown", "m", T0.plusMillis(i));
            tally.count("invalid_token", "10.0.0." + i, "unknown", "m", T0.plusMillis(i));
        }
        tally.count("token_expired", "10.0.0.99", "jwt", "Token expired", T0);

        RefusalTally.Window window = tally.take();

        assertEquals(5, window.events().size(), "3 addresses, other, and other for the second code: " + window);
        assertEquals(101, window.refusals());
        assertEquals("count=94 credential=unknown message=m", row(window.events(), "invalid_token", RefusalTally.OTHER).detail());
        assertEquals("count=2 credential=unknown message=m", row(window.events(), "invalid_token", "10.0.0.0").detail());
        assertEquals("count=1 credential=jwt message=\"Token expired\"", row(window.events(), "token_expired", RefusalTally.OTHER).detail());
    }

    @Test
    void theCapAppliesPerWindow() {
        RefusalTally tally = new RefusalTally(1);
        tally.count("invalid_token", "a", "jwt", "m", T0);
        tally.count("invalid_token", "b", "jwt", "m", T0);
        assertEquals(2, tally.take().events().size());
        tally.count("invalid_token", "b", "jwt", "m", T0);
        assertEquals("b", tally.take().events().get(0).ip(), "a new window admits a new address");
    }

    @Test
    void noRefusalIsLostOrCountedTwiceWhileWindowsAreTaken() throws Exception {
        RefusalTally tally = new RefusalTally(5);
        AtomicBoolean done = new AtomicBoolean();
        AtomicLong taken = new AtomicLong();
        Thread taker = new Thread(() -> {
            while (!done.get()) {
                taken.addAndGet(tally.take().refusals());
            }
        });
        taker.start();
        List<Thread> counters = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            int thread = t;
            counters.add(new Thread(() -> {
                for (int i = 0; i < 50_000; i++) {
                    tally.count(i % 2 == 0 ? "invalid_token" : "token_expired", "10.0." + thread + "." + (i % 7), "jwt", "m", T0);
                }
            }));
        }
        counters.forEach(Thread::start);
        for (Thread counter : counters) {
            counter.join();
        }
        done.set(true);
        taker.join();
        taken.addAndGet(tally.take().refusals());
        assertEquals(200_000, taken.get());
    }
}
