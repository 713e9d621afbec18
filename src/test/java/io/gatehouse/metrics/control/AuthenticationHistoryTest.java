package io.gatehouse.metrics.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class AuthenticationHistoryTest {

    private final TestClock clock = new TestClock(Instant.parse("2026-01-01T10:00:30Z"));
    private final GatehouseMetrics metrics = new GatehouseMetrics();
    private final AuthenticationHistory history = new AuthenticationHistory();

    AuthenticationHistoryTest() {
        history.metrics = metrics;
        history.clock = clock;
    }

    @Test
    void eachMinuteCountsWhatHappenedBetweenItsStartAndTheNext() {
        history.note(); // the start, mid-minute: the counters are zero
        missing(3);
        clock.advance(Duration.ofSeconds(30));
        history.note(); // 10:01
        missing(2);
        metrics.rateLimited(null);
        clock.advance(Duration.ofSeconds(75));

        AuthenticationHistory.Minutes minutes = history.lastMinutes(); // at 10:02:15, no tick yet for 10:02

        assertEquals(AuthenticationHistory.MINUTES, minutes.starts().size());
        assertEquals(Instant.parse("2026-01-01T10:02:00Z"), minutes.starts().get(14), "the current minute last");
        assertEquals(Instant.parse("2026-01-01T09:48:00Z"), minutes.starts().get(0));
        assertEquals(expected(3L, 2L, 0L), minutes.counts().get(AuthOutcome.MISSING));
        assertEquals(expected(0L, 1L, 0L), minutes.counts().get(AuthOutcome.RATE_LIMITED));
        assertEquals(expected(0L, 0L, 0L), minutes.counts().get(AuthOutcome.OK));
        assertEquals(AuthOutcome.values().length, minutes.counts().size(), "every outcome");
    }

    @Test
    void minutesOlderThanTheWindowAreForgotten() {
        history.note();
        for (int i = 0; i < 40; i++) {
            clock.advance(Duration.ofMinutes(1));
            missing(1);
            history.note();
        }
        AuthenticationHistory.Minutes minutes = history.lastMinutes();
        List<Long> counts = minutes.counts().get(AuthOutcome.MISSING);
        assertEquals(Collections.nCopies(14, 1L), counts.subList(0, 14));
        assertEquals(0L, counts.get(14));
    }

    /** The last three minutes as given, every earlier one unobserved ({@code null}). */
    private static List<Long> expected(Long beforeLast, Long last, Long current) {
        List<Long> counts = new ArrayList<>(Collections.nCopies(AuthenticationHistory.MINUTES - 3, (Long) null));
        counts.addAll(Arrays.asList(beforeLast, last, current));
        return counts;
    }

    private void missing(int times) {
        for (int i = 0; i < times; i++) {
            metrics.missing();
        }
    }

    private static final class TestClock extends Clock {
        private Instant now;

        TestClock(Instant start) {
            now = start;
        }

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public long millis() {
            return now.toEpochMilli();
        }
    }
}
