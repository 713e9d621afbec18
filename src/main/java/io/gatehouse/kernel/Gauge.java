package io.gatehouse.kernel;

/**
 * A value read at each scrape of {@code GET /ops/metrics}. Any CDI bean implementing it is exposed, so a feature
 * contributes its own (the active sessions, the open streams) without this package knowing it.
 */
public interface Gauge {

    /** The Prometheus metric name: {@code [a-zA-Z_:][a-zA-Z0-9_:]*}, by convention {@code gatehouse_…}. */
    String name();

    /** One line saying what it measures. */
    String help();

    /** The current value; called on the scrape's thread, so it must be quick and must not block. */
    double value();
}
