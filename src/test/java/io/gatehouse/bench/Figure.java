package io.gatehouse.bench;

import java.util.Locale;

/** One printed figure with its target and verdict. */
record Figure(String name, String value, String target, Verdict verdict) {

    enum Verdict { PASS, MISS, REPORTED, INVALID, SKIPPED }

    static Figure check(String name, String value, String target, boolean met) {
        return new Figure(name, value, target, met ? Verdict.PASS : Verdict.MISS);
    }

    static Figure reported(String name, String value) {
        return new Figure(name, value, "reported", Verdict.REPORTED);
    }

    static Figure invalid(String name, String why, String target) {
        return new Figure(name, why, target, Verdict.INVALID);
    }

    /** A figure this run could not measure, for a reason outside the code (e.g. no PostgreSQL on this machine). */
    static Figure skipped(String name, String why, String target) {
        return new Figure(name, why, target, Verdict.SKIPPED);
    }

    /** The ratio of two series' median rates against a minimum, e.g. {@code 1.18x (4,819 vs 4,070 req/s)}. */
    static Figure ratio(String name, Series a, Series b, double target) {
        double ratio = a.medianRate() / b.medianRate();
        String targetText = String.format(Locale.ROOT, ">= %.1fx", target);
        if (Double.isNaN(ratio)) {
            return invalid(name, "no valid runs in one of the series", targetText);
        }
        return check(name, String.format(Locale.ROOT, "%.2fx (%,.0f vs %,.0f req/s)", ratio, a.medianRate(), b.medianRate()),
                targetText, ratio >= target);
    }
}
