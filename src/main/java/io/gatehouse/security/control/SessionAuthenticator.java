package io.gatehouse.security.control;

import io.gatehouse.kernel.SessionTokens;
import io.gatehouse.kernel.TokenHash;
import io.gatehouse.sessions.control.SessionActivity;
import io.gatehouse.sessions.control.SessionCache;
import io.gatehouse.sessions.entity.CachedSession;
import io.gatehouse.kernel.AuthRefusal;
import io.gatehouse.kernel.AuthResult;
import io.gatehouse.kernel.Caller;
import io.gatehouse.kernel.CallerKind;
import io.gatehouse.security.control.CredentialAuthenticator;
import io.gatehouse.kernel.CredentialType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Map;

/**
 * The fast path: a session (or agent) token is hashed and looked up in memory. No database, no parsing, no
 * logging on a hit; a session's use is noted in memory ({@link SessionActivity}), usually by one map lookup.
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

    @Inject
    SessionActivity activity;

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
        TokenHash hash = TokenHash.of(token);
        CachedSession session = cache.get(hash);
        if (session == null) {
            return UNKNOWN;
        }
        if (session.revoked()) {
            return REVOKED;
        }
        long now = clock.millis();
        if (now >= session.expiresAtMillis()) {
            return EXPIRED;
        }
        CredentialType credential;
        if (session.kind() == CallerKind.AGENT) {
            credential = CredentialType.AGENT_TOKEN;
            activity.touch(session.sessionId(), hash, now, true);
        } else {
            credential = CredentialType.SESSION_TOKEN;
            activity.touch(session.sessionId(), hash, now);
        }
        return AuthResult.accepted(new Caller(session.principalId(), session.kind(), credential,
                session.subject(), session.sessionId(), Map.of(), session.expiresAtMillis()));
    }
}
