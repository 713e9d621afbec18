package io.gatehouse.security.control;

import io.gatehouse.accounts.control.ClerkUsers;
import io.gatehouse.accounts.control.UserLockCheck;
import io.gatehouse.accounts.entity.LockReason;
import io.gatehouse.security.control.AuthSettings;
import io.gatehouse.clerk.control.ClerkTokenVerifier;
import io.gatehouse.clerk.entity.ClerkVerification;
import io.gatehouse.kernel.AuthRefusal;
import io.gatehouse.kernel.AuthResult;
import io.gatehouse.kernel.Caller;
import io.gatehouse.kernel.CallerKind;
import io.gatehouse.security.control.CredentialAuthenticator;
import io.gatehouse.kernel.CredentialType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.UUID;

/** Accepts a Clerk JWT as a credential: verified on every use, then resolved to the user's principal. */
@ApplicationScoped
public class ClerkCallerAuthenticator implements CredentialAuthenticator {

    private static final AuthResult LOCAL_MODE = AuthResult.refused(
            AuthRefusal.invalid("Clerk tokens are not accepted: this deployment runs with AUTH_MODE=local"));

    @Inject
    ClerkTokenVerifier verifier;

    @Inject
    ClerkUsers users;

    @Inject
    AuthSettings settings;

    @Inject
    UserLockCheck locks;

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
    public AuthResult authenticate(String token) {
        if (settings.local()) {
            return LOCAL_MODE;
        }
        ClerkVerification verification = verifier.verify(token);
        if (!verification.ok()) {
            return AuthResult.refused(verification.refusal());
        }
        String clerkUserId = verification.claims().subject();
        UUID principalId = users.principalFor(clerkUserId, verification.claims().asMap());
        Optional<LockReason> lock = locks.of(principalId);
        if (lock.isPresent()) {
            return AuthResult.refused(lock.get().refusal());
        }
        return AuthResult.accepted(new Caller(principalId, CallerKind.CLERK, CredentialType.CLERK_JWT, clerkUserId,
                null, verification.claims().asMap(), verification.claims().expiresAtMillis()));
    }
}
