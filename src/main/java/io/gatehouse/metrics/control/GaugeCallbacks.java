package io.gatehouse.metrics.control;

import io.gatehouse.kernel.Gauge;
import io.prometheus.metrics.core.metrics.GaugeWithCallback;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.util.HashSet;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;

/**
 * Registers each {@link Gauge} as a Prometheus {@link GaugeWithCallback}, so its value is read at each scrape. A
 * gauge that is misnamed (the classic name rule, stricter than the library's) or named twice is left out at
 * registration, and one that fails is left out of that scrape; both are logged: one bad gauge never fails the scrape.
 */
final class GaugeCallbacks {

    private static final Logger LOG = Logger.getLogger(GaugeCallbacks.class.getName());
    private static final Pattern METRIC_NAME = Pattern.compile("[a-zA-Z_:][a-zA-Z0-9_:]*");

    private GaugeCallbacks() {
    }

    static void register(PrometheusRegistry registry, Iterable<? extends Gauge> gauges) {
        Set<String> registered = new HashSet<>();
        for (Gauge gauge : gauges) {
            String name = gauge.name();
            if (name == null || !METRIC_NAME.matcher(name).matches() || !registered.add(name)) {
                LOG.warning(() -> "Gauge " + gauge.getClass().getName() + " left out: its name is invalid or taken");
                continue;
            }
            try {
                registry.register(GaugeWithCallback.builder()
                        .name(name)
                        .help(gauge.help())
                        .callback(callback -> read(gauge, name, callback))
                        .build());
            } catch (IllegalArgumentException e) {
                LOG.log(Level.WARNING, "Gauge " + name + " left out: the registry refused it", e);
            }
        }
    }

    private static void read(Gauge gauge, String name, GaugeWithCallback.Callback callback) {
        double value;
        try {
            value = gauge.value();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Gauge " + name + " failed; left out of this scrape", e);
            return;
        }
        callback.call(value);
    }
}
