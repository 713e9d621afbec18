package io.gatehouse.sessions.entity;

import io.gatehouse.kernel.CallerKind;
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

    /**
     * What two views of one session agree on when merged: revoked if either is, the later expiry. Merging is
     * order-independent, so copies of a session on several instances converge whatever order changes arrive in.
     */
    public CachedSession mergedWith(CachedSession other) {
        if (other == null || other.equals(this)) {
            return this;
        }
        boolean anyRevoked = revoked || other.revoked;
        long later = Math.max(expiresAtMillis, other.expiresAtMillis);
        return anyRevoked == revoked && later == expiresAtMillis ? this
                : new CachedSession(sessionId, principalId, kind, subject, issuedAtMillis, later, anyRevoked);
    }

    public static CachedSession of(Session session) {
        return new CachedSession(session.id(), session.principalId(), session.kind(), session.subject(),
                session.createdAt().toInstant().toEpochMilli(), session.expiresAt().toInstant().toEpochMilli(),
                session.revokedAt() != null);
    }
}
