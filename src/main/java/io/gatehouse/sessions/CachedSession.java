package io.gatehouse.sessions;

import io.gatehouse.security.CallerKind;
import java.io.Serializable;
import java.util.UUID;

/**
 * What the request path needs to know about a session, kept in memory for every live session; the issue
 * instant rides along for token introspection (one long, never read on the request path).
 */
public record CachedSession(UUID sessionId, UUID principalId, CallerKind kind, String subject,
        long issuedAtMillis, long expiresAtMillis, boolean revoked) implements Serializable {

    public CachedSession asRevoked() {
        return new CachedSession(sessionId, principalId, kind, subject, issuedAtMillis, expiresAtMillis, true);
    }

    /** This session with its expiry moved to {@code millis} if that is later; revoked stays revoked. */
    public CachedSession withExpiryAtLeast(long millis) {
        return millis <= expiresAtMillis ? this
                : new CachedSession(sessionId, principalId, kind, subject, issuedAtMillis, millis, revoked);
    }

    static CachedSession of(Session session) {
        return new CachedSession(session.id(), session.principalId(), session.kind(), session.subject(),
                session.createdAt().toInstant().toEpochMilli(), session.expiresAt().toInstant().toEpochMilli(),
                session.revokedAt() != null);
    }
}
