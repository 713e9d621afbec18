package io.gatehouse.security.control;

import io.gatehouse.clerk.control.AccessTokenVerifier;
import io.gatehouse.clerk.control.JwtTypes;
import io.gatehouse.clerk.entity.ClerkVerification;
import io.gatehouse.kernel.CredentialType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Accepts an OAuth access token ({@code typ: at+jwt}) that Clerk issued to an MCP client: the user it
 * names calls with the token's scopes, which the access filter checks per endpoint. Asked before the
 * session-JWT authenticator, so a token is judged by the rules of its own type and never the other's.
 */
@ApplicationScoped
public class AccessTokenAuthenticator extends ClerkJwtAuthenticator {

    @Inject
    AccessTokenVerifier verifier;

    public AccessTokenAuthenticator() {
        super("OAuth access tokens are not accepted: this deployment runs with AUTH_MODE=local",
                CredentialType.ACCESS_TOKEN);
    }

    @Override
    public int order() {
        return 90;
    }

    @Override
    public boolean accepts(String token) {
        return JwtTypes.isAccessToken(token);
    }

    @Override
    protected ClerkVerification verify(String token) {
        return verifier.verify(token);
    }
}
