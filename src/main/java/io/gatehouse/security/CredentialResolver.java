package io.gatehouse.security;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.Comparator;
import java.util.List;

/** Hands a bearer token to the first authenticator responsible for its shape. */
@ApplicationScoped
public class CredentialResolver {

    static final int MAX_TOKEN_LENGTH = 4096;

    @Inject
    Instance<CredentialAuthenticator> available;

    private List<CredentialAuthenticator> authenticators;

    @PostConstruct
    void order() {
        authenticators = available.stream()
                .sorted(Comparator.comparingInt(CredentialAuthenticator::order))
                .toList();
    }

    public AuthResult resolve(String token) {
        if (token.length() > MAX_TOKEN_LENGTH) {
            return AuthResult.refused(AuthRefusal.invalid("token too long"));
        }
        for (CredentialAuthenticator authenticator : authenticators) {
            if (authenticator.accepts(token)) {
                return authenticator.authenticate(token);
            }
        }
        return AuthResult.refused(AuthRefusal.invalid("unrecognized token format"));
    }
}
