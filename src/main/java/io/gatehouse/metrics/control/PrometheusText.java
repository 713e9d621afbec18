package io.gatehouse.metrics.control;

import io.gatehouse.kernel.TokenKind;
import io.gatehouse.kernel.Gauge;
import io.gatehouse.kernel.TimedOperation;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;

/** Writes the metrics in the Prometheus text exposition format, version 0.0.4. */
public final class PrometheusText {

    public static final String CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";

    private static final Logger LOG = Logger.getLogger(PrometheusText.class.getName());
    private static final Pattern METRIC_NAME = Pattern.compile("[a-zA-Z_:][a-zA-Z0-9_:]*");
    private static final double NANOS_PER_SECOND = 1e9;

    private PrometheusText() {
    }

    public static String of(GatehouseMetrics metrics, List<? extends Gauge> gauges) {
        StringBuilder out = new StringBuilder(8192);
        authentications(metrics, out);
        for (TimedOperation operation : TimedOperation.values()) {
            durations(operation, metrics.durations(operation), out);
        }
        Set<String> written = new HashSet<>();
        for (Gauge gauge : gauges) {
            gauge(gauge, written, out);
        }
        return out.toString();
    }

    private static void authentications(GatehouseMetrics metrics, StringBuilder out) {
        String name = "gatehouse_authentications_total";
        header(out, name, "Authentications by outcome and by the kind of credential presented", "counter");
        for (AuthOutcome outcome : AuthOutcome.values()) {
            for (TokenKind kind : TokenKind.values()) {
                if (outcome.pairsWith(kind)) {
                    out.append(name).append("{outcome=\"").append(outcome.label()).append("\",kind=\"").append(kind.label())
                            .append("\"} ").append(metrics.authentications(outcome, kind)).append('\n');
                }
            }
        }
    }

    private static void durations(TimedOperation operation, Durations durations, StringBuilder out) {
        String name = operation.metricName();
        header(out, name, operation.help(), "summary");
        out.append(name).append("_count ").append(durations.count()).append('\n');
        out.append(name).append("_sum ").append(number(durations.totalNanos() / NANOS_PER_SECOND)).append('\n');
        header(out, name + "_max", "Longest single call since start, seconds", "gauge");
        out.append(name).append("_max ").append(number(durations.maxNanos() / NANOS_PER_SECOND)).append('\n');
    }

    /** A gauge that is misnamed, named twice, or fails, is left out (and logged): one bad gauge never fails the scrape. */
    private static void gauge(Gauge gauge, Set<String> written, StringBuilder out) {
        String name = gauge.name();
        if (name == null || !METRIC_NAME.matcher(name).matches() || !written.add(name)) {
            LOG.warning(() -> "Gauge " + gauge.getClass().getName() + " left out: its name is invalid or taken");
            return;
        }
        double value;
        try {
            value = gauge.value();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Gauge " + name + " failed; left out of this scrape", e);
            return;
        }
        header(out, name, gauge.help(), "gauge");
        out.append(name).append(' ').append(number(value)).append('\n');
    }

    private static void header(StringBuilder out, String name, String help, String type) {
        out.append("# HELP ").append(name).append(' ').append(escapeHelp(help)).append('\n');
        out.append("# TYPE ").append(name).append(' ').append(type).append('\n');
    }

    /** Help text escapes only backslash and line feed. */
    static String escapeHelp(String help) {
        return help == null ? "" : help.replace("\\", "\\\\").replace("\n", "\\n");
    }

    /** Integers without a fraction, the special values as Prometheus spells them, else Java's shortest form. */
    public static String number(double value) {
        if (Double.isNaN(value)) {
            return "NaN";
        }
        if (Double.isInfinite(value)) {
            return value > 0 ? "+Inf" : "-Inf";
        }
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return Double.toString(value).replace('E', 'e');
    }
}
