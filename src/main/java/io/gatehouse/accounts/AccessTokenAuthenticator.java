package io.gatehouse.accounts;

import io.gatehouse.authmode.AuthSettings;
import io.gatehouse.clerk.AccessTokenVerifier;
import io.gatehouse.clerk.ClerkVerification;
import io.gatehouse.clerk.JwtTypes;
import io.gatehouse.security.AuthRefusal;
import io.gatehouse.security.AuthResult;
import io.gatehouse.security.Caller;
import io.gatehouse.security.CallerKind;
import io.gatehouse.security.CredentialAuthenticator;
import io.gatehouse.security.CredentialType;
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
                null, verification.claims().asMap()));
    }
}
