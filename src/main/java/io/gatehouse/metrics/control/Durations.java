package io.gatehouse.metrics.control;

import java.util.concurrent.atomic.LongAccumulator;
import java.util.concurrent.atomic.LongAdder;

/** Count, total and longest duration of one operation since start, in nanoseconds; lock-free. */
public final class Durations {

    private final LongAdder count = new LongAdder();
    private final LongAdder totalNanos = new LongAdder();
    private final LongAccumulator maxNanos = new LongAccumulator(Math::max, 0);

    public void record(long nanos) {
        long nonNegative = Math.max(0, nanos);
        count.increment();
        totalNanos.add(nonNegative);
        maxNanos.accumulate(nonNegative);
    }

    public long count() {
        return count.sum();
    }

    public long totalNanos() {
        return totalNanos.sum();
    }

    public long maxNanos() {
        return maxNanos.get();
    }
}
