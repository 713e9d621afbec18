package io.gatehouse.bench;

import java.time.Duration;

/** How long and how big: the full benchmark, or a quick rehearsal whose figures are not comparable. */
record BenchSettings(String mode, Duration warmup, Duration run, Duration exchangeRun, int runs,
        int liveSessions, int extraSessions, int rebindRows, int exchangeJwts, boolean quickJmh, boolean profile) {

    static BenchSettings full() {
        return new BenchSettings("full", Duration.ofSeconds(60), Duration.ofSeconds(10), Duration.ofSeconds(5), 3,
                1_000, 1_000_000, 10_000, 20_000, false, false);
    }

    static BenchSettings quick() {
        return new BenchSettings("quick rehearsal, figures not comparable", Duration.ofSeconds(5), Duration.ofSeconds(3),
                Duration.ofSeconds(2), 3, 200, 20_000, 1_000, 3_000, true, false);
    }

    /** The same, with a JFR profile of the server recorded during the GET series (which it slows down). */
    BenchSettings profiled() {
        return new BenchSettings(mode + ", JFR profile recorded", warmup, run, exchangeRun, runs, liveSessions, extraSessions,
                rebindRows, exchangeJwts, quickJmh, true);
    }
}
