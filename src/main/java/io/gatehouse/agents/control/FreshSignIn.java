package io.gatehouse.agents.control;

import io.gatehouse.agents.entity.AgentTokenException;
import io.gatehouse.kernel.FeatureException.Reason;
import io.gatehouse.clerk.control.ClerkSettings;
import io.gatehouse.kernel.Caller;
import io.gatehouse.kernel.CredentialType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.Date;

/**
 * An agent token is never stronger than the person who made it: creating one needs proof of a recent sign-in, a
 * Clerk session JWT issued ({@code iat}) within the last {@link #WINDOW} (with Clerk's leeway), or the local token of
 * local mode. A Gatehouse session token, an agent token or an OAuth access token is not such proof: whoever stole
 * one must not turn it into a credential that outlives it.
 */
@ApplicationScoped
public class FreshSignIn {

    static final Duration WINDOW = Duration.ofMinutes(10);
    static final String CODE = "fresh_sign_in_required";

    @Inject
    ClerkSettings clerk;

    @Inject
    Clock clock;

    /** Refuses with 403 unless the caller proved a recent sign-in. */
    public void require(Caller caller) {
        if (caller.credential() == CredentialType.LOCAL_TOKEN) {
            return;
        }
        if (caller.credential() != CredentialType.CLERK_JWT) {
            throw new AgentTokenException(Reason.FORBIDDEN, CODE, "Creating an agent token needs a fresh sign-in: send a Clerk session JWT"
                    + " issued within the last 10 minutes as the bearer token (a session token, an agent token or an"
                    + " OAuth access token cannot create one)");
        }
        if (!(caller.claims().get("iat") instanceof Date issuedAt)
                || clock.millis() - issuedAt.getTime() > WINDOW.toMillis() + clerk.leewayMillis()) {
            throw new AgentTokenException(Reason.FORBIDDEN, CODE, "Creating an agent token needs a fresh sign-in: this Clerk session JWT"
                    + " was issued more than 10 minutes ago; get a new one from Clerk and send it");
        }
    }
}
