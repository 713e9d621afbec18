package io.gatehouse.security.control;

import io.gatehouse.accounts.control.ClerkUsers;
import io.gatehouse.accounts.control.UserLockCheck;
import io.gatehouse.accounts.entity.LockReason;
import io.gatehouse.security.control.AuthSettings;
import io.gatehouse.clerk.control.AccessTokenVerifier;
import io.gatehouse.clerk.entity.ClerkVerification;
import io.gatehouse.clerk.control.JwtTypes;
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

/**
 * Accepts an OAuth access token ({@code typ: at+jwt}) that Clerk issued to an MCP client: the user it
 * names calls with the token's scopes, which the access filter checks per endpoint. Asked before the
 * session-JWT authenticator, so a token is judged by the rules of its own type and never the other's.
 */
@ApplicationScoped
public class AccessTokenAuthenticator implements CredentialAuthenticator {

    private static final AuthResult LOCAL_MODE = AuthResult.refused(
            AuthRefusal.invalid("OAuth access tokens are not accepted: this deployment runs with AUTH_MODE=local"));

    @Inject
    AccessTokenVerifier verifier;

    @Inject
    ClerkUsers users;

    @Inject
    AuthSettings settings;

    @Override
    public int order() {
        return 90;
    }

    @Inject
    UserLockCheck locks;

    @Override
    public boolean accepts(String token) {
        return JwtTypes.isAccessToken(token);
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
        return AuthResult.accepted(new Caller(principalId, CallerKind.CLERK, CredentialType.ACCESS_TOKEN, clerkUserId,
                null, verification.claims().asMap(), verification.claims().expiresAtMillis()));
    }
}
