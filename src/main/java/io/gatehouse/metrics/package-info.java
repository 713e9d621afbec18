/**
 * Operations metrics in the Prometheus text format at {@code GET /ops/metrics}: authentications by outcome and
 * credential kind, the durations of exchanges and rebinds ({@link io.gatehouse.kernel.Timed}), and any
 * {@link io.gatehouse.kernel.Gauge} a feature contributes (a callback gauge, read at each scrape). Portable on
 * purpose: no MicroProfile Metrics (WildFly 38 has none) and no Micrometer, but the Prometheus Java client
 * ({@code prometheus-metrics-core} and its text format writer) packaged in the WAR, with a registry of this
 * application's own; recording on the request path costs an increment. Health checks are in
 * {@code io.gatehouse.health}; what to alert on is the operator's business.
 */
package io.gatehouse.metrics;
