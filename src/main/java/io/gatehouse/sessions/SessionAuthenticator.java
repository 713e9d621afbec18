package io.gatehouse.sessions;

import io.gatehouse.security.AuthRefusal;
import io.gatehouse.security.AuthResult;
import io.gatehouse.security.Caller;
import io.gatehouse.security.CallerKind;
import io.gatehouse.security.CredentialAuthenticator;
import io.gatehouse.security.CredentialType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Map;

/**
 * The fast path: a session (or agent) token is hashed and looked up in memory. No database, no parsing, no
 * logging on a hit.
 */
@ApplicationScoped
public class SessionAuthenticator implements CredentialAuthenticator {

    private static final AuthResult UNKNOWN = AuthResult.refused(AuthRefusal.invalid("unknown session token"));
    private static final AuthResult REVOKED = AuthResult.refused(AuthRefusal.invalid("session revoked"));
    private static final AuthResult EXPIRED = AuthResult.refused(AuthRefusal.expired());

    @Inject
    SessionCache cache;

    @Inject
    Clock clock;

    @Override
    public int order() {
        return 10;
    }

    @Override
    public boolean accepts(String token) {
        return SessionTokens.looksLikeOpaqueToken(token);
    }

    @Override
    public AuthResult authenticate(String token) {
        CachedSession session = cache.get(TokenHash.of(token));
        if (session == null) {
            return UNKNOWN;
        }
        if (session.revoked()) {
            return REVOKED;
        }
        if (clock.millis() >= session.expiresAtMillis()) {
            return EXPIRED;
        }
        CredentialType credential = session.kind() == CallerKind.AGENT ? CredentialType.AGENT_TOKEN : CredentialType.SESSION_TOKEN;
        return AuthResult.accepted(new Caller(session.principalId(), session.kind(), credential,
                session.subject(), session.sessionId(), Map.of()));
    }
}
