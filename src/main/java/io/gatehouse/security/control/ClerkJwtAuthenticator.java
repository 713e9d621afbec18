package io.gatehouse.security.control;

import io.gatehouse.accounts.control.ClerkUsers;
import io.gatehouse.accounts.control.UserLockCheck;
import io.gatehouse.accounts.entity.LockReason;
import io.gatehouse.clerk.entity.ClerkVerification;
import io.gatehouse.kernel.AuthRefusal;
import io.gatehouse.kernel.AuthResult;
import io.gatehouse.kernel.Caller;
import io.gatehouse.kernel.CallerKind;
import io.gatehouse.kernel.CredentialType;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.UUID;

/**
 * What the authenticators of Clerk-issued JWTs (session JWTs, OAuth access tokens) share: refused in local mode,
 * else verified by the subclass's verifier and resolved to the principal of the user its {@code sub} names, with
 * the token's claims, unless that user is locked. Never throws.
 */
public abstract class ClerkJwtAuthenticator implements CredentialAuthenticator {

    private final AuthResult localMode;
    private final CredentialType type;

    @Inject
    ClerkUsers users;

    @Inject
    UserLockCheck locks;

    @Inject
    AuthSettings settings;

    /**
     * @param localModeDetail why the token is refused when {@code AUTH_MODE=local}
     * @param type            the credential the accepted caller presented
     */
    protected ClerkJwtAuthenticator(String localModeDetail, CredentialType type) {
        this.localMode = AuthResult.refused(AuthRefusal.invalid(localModeDetail));
        this.type = type;
    }

    /** Verifies signature and claims by the rules of this kind of token; never throws. */
    protected abstract ClerkVerification verify(String token);

    @Override
    public AuthResult authenticate(String token) {
        if (settings.local()) {
            return localMode;
        }
        ClerkVerification verification = verify(token);
        if (!verification.ok()) {
            return AuthResult.refused(verification.refusal());
        }
        String clerkUserId = verification.claims().subject();
        UUID principalId = users.principalFor(clerkUserId, verification.claims().asMap());
        Optional<LockReason> lock = locks.of(principalId);
        if (lock.isPresent()) {
            return AuthResult.refused(lock.get().refusal());
        }
        return AuthResult.accepted(new Caller(principalId, CallerKind.CLERK, type, clerkUserId,
                null, verification.claims().asMap(), verification.claims().expiresAtMillis()));
    }
}
