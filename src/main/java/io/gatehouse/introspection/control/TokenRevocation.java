package io.gatehouse.introspection.control;

import io.gatehouse.agents.control.AgentTokens;
import io.gatehouse.kernel.SecurityEvent;
import io.gatehouse.kernel.SecurityEvents;
import io.gatehouse.kernel.CallerKind;
import io.gatehouse.sessions.entity.CachedSession;
import io.gatehouse.sessions.control.SessionCache;
import io.gatehouse.sessions.control.SessionRevoker;
import io.gatehouse.kernel.SessionTokens;
import io.gatehouse.kernel.TokenHash;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Revokes the session or agent token a sibling service hands in (RFC 7009). The token is found in the session
 * cache and revoked by id through {@link SessionRevoker} or {@link AgentTokens}, whose transactions tell the cache
 * and {@code RevocationNotices} once they commit. Unknown, malformed, already revoked tokens and JWTs are ignored.
 */
@ApplicationScoped
public class TokenRevocation {

    static final int MAX_TOKEN_LENGTH = 4096;

    @Inject
    SessionCache cache;

    @Inject
    SessionRevoker sessions;

    @Inject
    AgentTokens agents;

    @Inject
    SecurityEvents audit;

    /** Revokes the token if it is a live Gatehouse one; each revoker opens (and commits) its own transaction. */
    public void revoke(String token) {
        if (token.length() > MAX_TOKEN_LENGTH || !SessionTokens.looksLikeOpaqueToken(token)) {
            return;
        }
        CachedSession session = cache.get(TokenHash.of(token));
        if (session == null || session.revoked()) {
            return;
        }
        if (session.kind() == CallerKind.AGENT) {
            agents.revokeIfActive(session.sessionId());
        } else {
            sessions.revoke(session.sessionId());
        }
        audit.fire(SecurityEvent.tokenRevoked(session.principalId(), session.sessionId(), session.kind()));
    }
}
