package io.gatehouse.security.control;

import io.gatehouse.clerk.control.ClerkTokenVerifier;
import io.gatehouse.clerk.entity.ClerkVerification;
import io.gatehouse.kernel.CredentialType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Accepts a Clerk JWT as a credential: verified on every use, then resolved to the user's principal. */
@ApplicationScoped
public class ClerkCallerAuthenticator extends ClerkJwtAuthenticator {

    @Inject
    ClerkTokenVerifier verifier;

    public ClerkCallerAuthenticator() {
        super("Clerk tokens are not accepted: this deployment runs with AUTH_MODE=local", CredentialType.CLERK_JWT);
    }

    @Override
    public int order() {
        return 100;
    }

    @Override
    public boolean accepts(String token) {
        int first = token.indexOf('.');
        return first > 0 && token.indexOf('.', first + 1) > first;
    }

    @Override
    protected ClerkVerification verify(String token) {
        return verifier.verify(token);
    }
}
