package io.gatehouse.audit.control;

import io.gatehouse.kernel.Gauge;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** {@code gatehouse_audit_refusals_aggregated}: refused credentials written as counts in token.refused rows, since start-up. */
@ApplicationScoped
public class AggregatedRefusalsGauge implements Gauge {

    @Inject
    RefusedTokens refusedTokens;

    @Override
    public String name() {
        return "gatehouse_audit_refusals_aggregated";
    }

    @Override
    public String help() {
        return "Refused credentials written to the audit trail as the counts of token.refused rows, since start-up";
    }

    @Override
    public double value() {
        return refusedTokens.aggregated();
    }
}
