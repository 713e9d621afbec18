package io.gatehouse.metrics.control;

import io.gatehouse.kernel.TokenKind;
import io.gatehouse.kernel.TimedOperation;
import io.gatehouse.kernel.AuthRefusal;
import io.gatehouse.kernel.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;

/**
 * Gatehouse's own counters and timers, exposed at {@code GET /ops/metrics}. Every counter exists from the
 * start, one {@link LongAdder} per outcome and token kind in a flat array, so recording an authentication
 * (on every request) is an index computation and an increment: no map lookup, no allocation, no lock.
 */
@ApplicationScoped
public class GatehouseMetrics {

    private static final AuthOutcome[] OUTCOMES = AuthOutcome.values();
    private static final TokenKind[] KINDS = TokenKind.values();

    private final LongAdder[] authentications = new LongAdder[OUTCOMES.length * KINDS.length];
    private final Map<TimedOperation, Durations> durations = new EnumMap<>(TimedOperation.class);

    public GatehouseMetrics() {
        for (int i = 0; i < authentications.length; i++) {
            authentications[i] = new LongAdder();
        }
        for (TimedOperation operation : TimedOperation.values()) {
            durations.put(operation, new Durations());
        }
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
        return authentications[index(outcome, kind)].sum();
    }

    private void count(AuthOutcome outcome, TokenKind kind) {
        authentications[index(outcome, kind)].increment();
    }

    private static int index(AuthOutcome outcome, TokenKind kind) {
        return outcome.ordinal() * KINDS.length + kind.ordinal();
    }
}
