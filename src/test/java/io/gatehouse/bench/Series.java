package io.gatehouse.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;

/** The measured runs of one series (one endpoint under one condition); figures use the median of its valid runs. */
final class Series {

    private final String name;
    private final List<WrkResult> runs = new ArrayList<>();

    Series(String name) {
        this.name = name;
    }

    String name() {
        return name;
    }

    void add(WrkResult run) {
        runs.add(run);
    }

    List<WrkResult> runs() {
        return List.copyOf(runs);
    }

    long invalidRuns() {
        return runs.stream().filter(run -> !run.valid()).count();
    }

    double medianRate() {
        return median(WrkResult::requestsPerSecond);
    }

    double medianP50() {
        return median(WrkResult::p50Millis);
    }

    double medianP99() {
        return median(WrkResult::p99Millis);
    }

    private double median(ToDoubleFunction<WrkResult> value) {
        double[] values = runs.stream().filter(WrkResult::valid).mapToDouble(value).sorted().toArray();
        if (values.length == 0) {
            return Double.NaN;
        }
        int middle = values.length / 2;
        return values.length % 2 == 1 ? values[middle] : (values[middle - 1] + values[middle]) / 2;
    }

    String summary() {
        return String.format(Locale.ROOT, "median %,.0f req/s (p50 %.2f ms, p99 %.2f ms) over %d valid of %d runs",
                medianRate(), medianP50(), medianP99(), runs.size() - invalidRuns(), runs.size());
    }
}
