package io.gatehouse.metrics.control;

import io.gatehouse.kernel.AccessRefused;
import io.gatehouse.kernel.AuthResult;
import io.gatehouse.kernel.CredentialChecked;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/** Counts what the authentication mechanism, the access filter and the rate limits report, as they report it. */
@ApplicationScoped
public class AuthenticationCounting {

    @Inject
    GatehouseMetrics metrics;

    void onChecked(@Observes CredentialChecked checked) {
        if (checked.result() instanceof AuthResult.Accepted accepted) {
            metrics.accepted(accepted.caller());
        } else {
            metrics.refused(((AuthResult.Refused) checked.result()).refusal(), checked.kind());
        }
    }

    void onRefused(@Observes AccessRefused refused) {
        switch (refused.reason()) {
            case MISSING_CREDENTIAL -> metrics.missing();
            case RATE_LIMITED -> metrics.rateLimited(refused.caller());
        }
    }
}
