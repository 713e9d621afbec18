package io.gatehouse.sessions;

import io.gatehouse.security.CallerKind;
import java.io.Serializable;
import java.util.UUID;

/** What the request path needs to know about a session, kept in memory for every live session. */
public record CachedSession(UUID sessionId, UUID principalId, CallerKind kind, String subject,
        long expiresAtMillis, boolean revoked) implements Serializable {

    public CachedSession asRevoked() {
        return new CachedSession(sessionId, principalId, kind, subject, expiresAtMillis, true);
    }

    static CachedSession of(Session session) {
        return new CachedSession(session.id(), session.principalId(), session.kind(), session.subject(),
                session.expiresAt().toInstant().toEpochMilli(), session.revokedAt() != null);
    }
}
