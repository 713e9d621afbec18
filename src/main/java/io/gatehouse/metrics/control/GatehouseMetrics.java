package io.gatehouse.metrics.control;

import io.gatehouse.kernel.AuthRefusal;
import io.gatehouse.kernel.Caller;
import io.gatehouse.kernel.TimedOperation;
import io.gatehouse.kernel.TokenKind;
import io.prometheus.metrics.core.datapoints.CounterDataPoint;
import io.prometheus.metrics.core.metrics.Counter;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.EnumMap;
import java.util.Map;

/**
 * Gatehouse's own counters and timers, exposed at {@code GET /ops/metrics}, in a {@link PrometheusRegistry} of this
 * application's own (never the library's default registry, so two deployments in one JVM do not meet). Every
 * series of {@code gatehouse_authentications_total} exists from the start: its data points are looked up once, into
 * a flat array by outcome and token kind, so recording an authentication (on every request) is an index
 * computation and an increment: no map lookup, no allocation, no lock. A pair that cannot happen
 * ({@link AuthOutcome#pairsWith}) counts in a counter that is not registered, so it is never exposed.
 */
@ApplicationScoped
public class GatehouseMetrics {

    static final String AUTHENTICATIONS = "gatehouse_authentications_total";
    static final String AUTHENTICATIONS_HELP = "Authentications by outcome and by the kind of credential presented";

    private static final AuthOutcome[] OUTCOMES = AuthOutcome.values();
    private static final TokenKind[] KINDS = TokenKind.values();

    private final PrometheusRegistry registry = new PrometheusRegistry();
    private final CounterDataPoint[] authentications = new CounterDataPoint[OUTCOMES.length * KINDS.length];
    private final Map<TimedOperation, Durations> durations = new EnumMap<>(TimedOperation.class);

    public GatehouseMetrics() {
        Counter exposed = authenticationCounter();
        Counter impossible = authenticationCounter();
        registry.register(exposed);
        for (AuthOutcome outcome : OUTCOMES) {
            for (TokenKind kind : KINDS) {
                Counter counter = outcome.pairsWith(kind) ? exposed : impossible;
                authentications[index(outcome, kind)] = counter.labelValues(outcome.label(), kind.label());
            }
        }
        for (TimedOperation operation : TimedOperation.values()) {
            durations.put(operation, new Durations(operation, registry));
        }
    }

    private static Counter authenticationCounter() {
        return Counter.builder()
                .name(AUTHENTICATIONS)
                .help(AUTHENTICATIONS_HELP)
                .labelNames("outcome", "kind")
                .withoutExemplars()
                .build();
    }

    /** Counts an accepted credential. */
    public void accepted(Caller caller) {
        count(AuthOutcome.OK, TokenKind.of(caller));
    }

    /** Counts a token refused before or during its check. */
    public void refused(AuthRefusal refusal, TokenKind kind) {
        count(AuthOutcome.of(refusal), kind);
    }

    /** Counts a request without any credential to an endpoint that needs one. */
    public void missing() {
        count(AuthOutcome.MISSING, TokenKind.NONE);
    }

    /** Counts a request a rate limit refused; the caller is {@code null} when it had none. */
    public void rateLimited(Caller caller) {
        count(AuthOutcome.RATE_LIMITED, caller == null ? TokenKind.NONE : TokenKind.of(caller));
    }

    public Durations durations(TimedOperation operation) {
        return durations.get(operation);
    }

    public long authentications(AuthOutcome outcome, TokenKind kind) {
        return authentications[index(outcome, kind)].getLongValue();
    }

    /**
     * The registry the exposition scrapes, and where {@link GaugeCallbacks} adds the gauges. Public, since a
     * package-private method called through the CDI client proxy may not reach the bean.
     */
    public PrometheusRegistry registry() {
        return registry;
    }

    private void count(AuthOutcome outcome, TokenKind kind) {
        authentications[index(outcome, kind)].inc();
    }

    private static int index(AuthOutcome outcome, TokenKind kind) {
        return outcome.ordinal() * KINDS.length + kind.ordinal();
    }
}
