package io.gatehouse.security.control;

import io.gatehouse.kernel.AuthRefusal;
import io.gatehouse.kernel.AuthResult;
import io.gatehouse.http.control.BearerTokenSyntax;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.Comparator;
import java.util.List;

/**
 * Hands a bearer token to the first authenticator responsible for its shape, once it is known to be a bearer token
 * of reasonable length at all.
 */
@ApplicationScoped
public class CredentialResolver {

    static final int MAX_TOKEN_LENGTH = 4096;
    static final String NOT_B64TOKEN = "malformed (a bearer token is letters, digits and -._~+/ with = only at the end)";

    @Inject
    Instance<CredentialAuthenticator> available;

    private List<CredentialAuthenticator> authenticators;

    @PostConstruct
    public void order() {
        authenticators = available.stream()
                .sorted(Comparator.comparingInt(CredentialAuthenticator::order))
                .toList();
    }

    public AuthResult resolve(String token) {
        if (token.length() > MAX_TOKEN_LENGTH) {
            return AuthResult.refused(AuthRefusal.invalid("token too long"));
        }
        if (!BearerTokenSyntax.isB64Token(token)) {
            return AuthResult.refused(AuthRefusal.invalid(NOT_B64TOKEN));
        }
        for (CredentialAuthenticator authenticator : authenticators) {
            if (authenticator.accepts(token)) {
                return authenticator.authenticate(token);
            }
        }
        return AuthResult.refused(AuthRefusal.invalid("unrecognized token format"));
    }
}
