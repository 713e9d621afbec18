package io.gatehouse.security.control;

import io.gatehouse.accounts.control.LocalAdmin;
import io.gatehouse.security.control.AuthSettings;
import io.gatehouse.kernel.AuthResult;
import io.gatehouse.kernel.Caller;
import io.gatehouse.kernel.CallerKind;
import io.gatehouse.security.control.CredentialAuthenticator;
import io.gatehouse.kernel.CredentialType;
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
