package io.gatehouse.metrics.control;

import io.gatehouse.kernel.TokenKind;
import io.gatehouse.kernel.StartupEvent;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * This instance's authentications per minute and outcome over the last {@value #MINUTES} minutes, for the operations
 * overview: at the start of every minute the counters of {@link GatehouseMetrics} (summed over token kinds) are
 * noted, and a minute's count is the difference between its start and the next one's (the current minute's, between
 * its start and now). Nothing is added to the request path; a minute without a note (before the start, or a tick
 * that never ran) has no count.
 */
@ApplicationScoped
public class AuthenticationHistory {

    public static final int MINUTES = 15;
    static final long MINUTE_MILLIS = 60_000;

    private static final AuthOutcome[] OUTCOMES = AuthOutcome.values();

    /** The counters' totals per outcome, by epoch minute, noted at (or soon after) each minute's start. */
    private final NavigableMap<Long, long[]> notes = new ConcurrentSkipListMap<>();

    @Inject
    GatehouseMetrics metrics;

    @Inject
    Clock clock;

    @Resource
    ManagedScheduledExecutorService scheduler;

    private ScheduledFuture<?> ticking;

    void onStart(@Observes StartupEvent event) {
        note();
        long untilNextMinute = MINUTE_MILLIS - clock.millis() % MINUTE_MILLIS;
        ticking = scheduler.scheduleAtFixedRate(this::note, untilNextMinute, MINUTE_MILLIS, TimeUnit.MILLISECONDS);
    }

    @PreDestroy
    void stop() {
        if (ticking != null) {
            ticking.cancel(false);
        }
    }

    /** Notes the totals for the current minute, unless noted already, and forgets minutes no longer shown. */
    void note() {
        long minute = clock.millis() / MINUTE_MILLIS;
        notes.putIfAbsent(minute, totals());
        notes.headMap(minute - MINUTES).clear();
    }

    /** The last {@value #MINUTES} minutes, oldest first, the current (unfinished) one last. */
    public Minutes lastMinutes() {
        note(); // a tick a moment late must not blank the current minute
        long current = clock.millis() / MINUTE_MILLIS;
        long[] now = totals();
        List<Instant> starts = new ArrayList<>(MINUTES);
        Map<AuthOutcome, List<Long>> counts = new EnumMap<>(AuthOutcome.class);
        for (AuthOutcome outcome : OUTCOMES) {
            counts.put(outcome, new ArrayList<>(MINUTES));
        }
        for (long minute = current - MINUTES + 1; minute <= current; minute++) {
            starts.add(Instant.ofEpochMilli(minute * MINUTE_MILLIS));
            long[] start = notes.get(minute);
            long[] end = minute == current ? now : notes.get(minute + 1);
            for (AuthOutcome outcome : OUTCOMES) {
                counts.get(outcome).add(start == null || end == null ? null
                        : Math.max(0, end[outcome.ordinal()] - start[outcome.ordinal()]));
            }
        }
        return new Minutes(starts, counts);
    }

    private long[] totals() {
        long[] totals = new long[OUTCOMES.length];
        for (AuthOutcome outcome : OUTCOMES) {
            for (TokenKind kind : TokenKind.values()) {
                totals[outcome.ordinal()] += metrics.authentications(outcome, kind);
            }
        }
        return totals;
    }

    /**
     * Counts per minute.
     *
     * @param starts the start of each minute, oldest first
     * @param counts per outcome, one count per minute in the same order; {@code null} for a minute not observed
     */
    public record Minutes(List<Instant> starts, Map<AuthOutcome, List<Long>> counts) {
    }
}
