package io.gatehouse.accounts;

import io.gatehouse.authmode.AuthSettings;
import io.gatehouse.security.AuthResult;
import io.gatehouse.security.Caller;
import io.gatehouse.security.CallerKind;
import io.gatehouse.security.CredentialAuthenticator;
import io.gatehouse.security.CredentialType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;

/** In local mode, the shared {@code LOCAL_AUTH_TOKEN} makes the caller the local admin. */
@ApplicationScoped
public class LocalTokenAuthenticator implements CredentialAuthenticator {

    @Inject
    AuthSettings settings;

    @Inject
    LocalAdmin admin;

    @Override
    public int order() {
        return 1;
    }

    @Override
    public boolean accepts(String token) {
        return settings.isLocalToken(token);
    }

    @Override
    public AuthResult authenticate(String token) {
        return AuthResult.accepted(new Caller(admin.principalId(), CallerKind.LOCAL, CredentialType.LOCAL_TOKEN,
                LocalAdmin.USER_ID, null, Map.of()));
    }
}
