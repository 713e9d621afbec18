package io.gatehouse.metrics.control;

import io.gatehouse.kernel.TimedOperation;
import io.prometheus.metrics.core.metrics.GaugeWithCallback;
import io.prometheus.metrics.core.metrics.Summary;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.util.concurrent.atomic.LongAccumulator;

/**
 * The durations of one {@link TimedOperation} since start: a Prometheus summary without quantiles ({@code _count},
 * {@code _sum}, in seconds) and the longest single call, a callback gauge {@code <name>_max}; lock-free.
 */
public final class Durations {

    static final String MAX_HELP = "Longest single call since start, seconds";
    private static final double NANOS_PER_SECOND = 1e9;

    private final Summary summary;
    private final LongAccumulator maxNanos = new LongAccumulator(Math::max, 0);

    /** The summary and its {@code _max} gauge, registered in {@code registry}. */
    Durations(TimedOperation operation, PrometheusRegistry registry) {
        this.summary = Summary.builder()
                .name(operation.metricName())
                .help(operation.help())
                .withoutExemplars()
                .build();
        registry.register(summary);
        registry.register(GaugeWithCallback.builder()
                .name(operation.metricName() + "_max")
                .help(MAX_HELP)
                .callback(callback -> callback.call(maxSeconds()))
                .build());
    }

    /** Records one call; a negative duration (a clock step) counts as zero. */
    public void record(long nanos) {
        long nonNegative = Math.max(0, nanos);
        summary.observe(nonNegative / NANOS_PER_SECOND);
        maxNanos.accumulate(nonNegative);
    }

    public long count() {
        return summary.getCount();
    }

    public double totalSeconds() {
        return summary.getSum();
    }

    public double maxSeconds() {
        return maxNanos.get() / NANOS_PER_SECOND;
    }
}
