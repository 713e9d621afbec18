package io.gatehouse.kernel;

import jakarta.enterprise.inject.spi.CDI;

/**
 * A CDI event: a request refused before any resource ran, for a reason other than a refused credential.
 *
 * @param reason why
 * @param caller the authenticated caller, or {@code null} when the request had none
 */
public record AccessRefused(Reason reason, Caller caller) {

    /** Fires the event from where nothing can be injected (filters the JAX-RS runtime creates). */
    public static void report(Reason reason, Caller caller) {
        CDI.current().getBeanManager().getEvent().select(AccessRefused.class).fire(new AccessRefused(reason, caller));
    }

    public enum Reason {
        /** No credential on an endpoint that needs one. */
        MISSING_CREDENTIAL,
        /** Over a rate limit. */
        RATE_LIMITED
    }
}
