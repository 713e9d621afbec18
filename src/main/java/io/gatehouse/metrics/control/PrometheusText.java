package io.gatehouse.metrics.control;

import io.gatehouse.kernel.Gauge;
import io.prometheus.metrics.expositionformats.PrometheusTextFormatWriter;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The metrics of {@link GatehouseMetrics} and every {@link Gauge} bean, in the Prometheus text exposition format,
 * version 0.0.4, as the Prometheus Java client writes it (without {@code _created} series).
 */
@ApplicationScoped
public class PrometheusText {

    public static final String CONTENT_TYPE = PrometheusTextFormatWriter.CONTENT_TYPE;

    private static final PrometheusTextFormatWriter WRITER = PrometheusTextFormatWriter.create();

    @Inject
    GatehouseMetrics metrics;

    @Inject
    Instance<Gauge> gauges;

    /** Registers the gauges once, as callbacks: each scrape reads their values, nothing else changes. */
    @PostConstruct
    void registerGauges() {
        GaugeCallbacks.register(metrics.registry(), gauges);
    }

    /** One scrape. */
    public String scrape() {
        return of(metrics.registry());
    }

    static String of(PrometheusRegistry registry) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(8192);
        try {
            WRITER.write(out, registry.scrape());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot happen: the text is written to memory", e);
        }
        return out.toString(StandardCharsets.UTF_8);
    }
}
