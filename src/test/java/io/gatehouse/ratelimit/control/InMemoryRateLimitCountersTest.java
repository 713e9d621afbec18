package io.gatehouse.ratelimit.control;

import io.gatehouse.ratelimit.MutableClock;
import io.gatehouse.ratelimit.entity.RateLimitUsage;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class InMemoryRateLimitCountersTest {

    private static final Duration MINUTE = Duration.ofMinutes(1);

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T10:00:00.250Z"));
    private final InMemoryRateLimitCounters counters = new InMemoryRateLimitCounters(clock);

    @Test
    void allowsTheLimitThenRefusesUntilTheWindowEnds() {
        for (int remaining = 2; remaining >= 0; remaining--) {
            RateLimitUsage usage = counters.hit("k", 3, MINUTE);
            assertTrue(usage.allowed());
            assertEquals(3, usage.limit());
            assertEquals(remaining, usage.remaining());
            assertEquals(60, usage.resetSeconds(), "the window opened at 10:00:00, a quarter second ago");
        }
        clock.advance(Duration.ofSeconds(20));
        RateLimitUsage refused = counters.hit("k", 3, MINUTE);
        assertFalse(refused.allowed());
        assertEquals(0, refused.remaining());
        assertEquals(40, refused.resetSeconds());
    }

    @Test
    void aRefusedHitDoesNotExtendOrFillTheWindow() {
        counters.hit("k", 1, MINUTE);
        for (int i = 0; i < 100; i++) {
            assertFalse(counters.hit("k", 1, MINUTE).allowed());
        }
        clock.advance(Duration.ofSeconds(59));
        assertFalse(counters.hit("k", 1, MINUTE).allowed());
        assertEquals(1, counters.hit("k", 1, MINUTE).resetSeconds(), "never below one second");
        clock.advance(Duration.ofSeconds(1));
        RateLimitUsage next = counters.hit("k", 1, MINUTE);
        assertTrue(next.allowed(), "the window reset");
        assertEquals(0, next.remaining());
        assertEquals(60, next.resetSeconds());
    }

    @Test
    void theLargestLimitCountsWithoutOverflow() {
        RateLimitUsage first = counters.hit("k", Integer.MAX_VALUE, MINUTE);
        assertTrue(first.allowed());
        assertEquals(Integer.MAX_VALUE - 1, first.remaining());
        assertEquals(Integer.MAX_VALUE - 2, counters.hit("k", Integer.MAX_VALUE, MINUTE).remaining());
    }

    @Test
    void keysCountApart() {
        assertTrue(counters.hit("a", 1, MINUTE).allowed());
        assertFalse(counters.hit("a", 1, MINUTE).allowed());
        assertTrue(counters.hit("b", 1, MINUTE).allowed());
    }

    @Test
    void theWindowOpensAtTheFirstHitOfAKey() {
        Duration hour = Duration.ofHours(1);
        counters.hit("early", 5, hour);
        clock.advance(Duration.ofMinutes(45));
        assertEquals(900, counters.hit("early", 5, hour).resetSeconds());
        assertEquals(3600, counters.hit("late", 5, hour).resetSeconds());
    }

    @Test
    void theSweepRemovesKeysWhoseWindowEndedAndKeepsTheOthers() {
        counters.hit("minute", 5, MINUTE);
        counters.hit("hour", 5, Duration.ofHours(1));
        assertEquals(0, counters.forgetIdle());
        assertEquals(2, counters.size());

        clock.advance(Duration.ofSeconds(61));
        assertEquals(1, counters.forgetIdle());
        assertEquals(1, counters.size());

        clock.advance(Duration.ofHours(1));
        assertEquals(1, counters.forgetIdle());
        assertEquals(0, counters.size());
    }

    @Test
    void aSweptKeyStartsAFreshWindow() {
        counters.hit("k", 2, MINUTE);
        counters.hit("k", 2, MINUTE);
        clock.advance(Duration.ofMinutes(2));
        counters.forgetIdle();
        RateLimitUsage usage = counters.hit("k", 2, MINUTE);
        assertTrue(usage.allowed());
        assertEquals(1, usage.remaining());
        assertEquals(1, counters.size());
    }

    @Test
    void concurrentHitsNeverExceedTheLimit() throws Exception {
        int threads = 8;
        int perThread = 500;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Callable<Integer>> tasks = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                tasks.add(() -> {
                    int allowed = 0;
                    for (int i = 0; i < perThread; i++) {
                        if (counters.hit("shared", 1000, MINUTE).allowed()) {
                            allowed++;
                        }
                    }
                    return allowed;
                });
            }
            int allowed = 0;
            for (Future<Integer> result : pool.invokeAll(tasks)) {
                allowed += result.get();
            }
            assertEquals(1000, allowed);
        } finally {
            pool.shutdownNow();
        }
    }
}
