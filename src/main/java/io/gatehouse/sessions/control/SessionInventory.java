package io.gatehouse.sessions.control;

import io.gatehouse.sessions.entity.SessionException;
import io.gatehouse.kernel.FeatureException.Reason;
import io.gatehouse.sessions.entity.Session;
import io.gatehouse.sessions.entity.SessionView;
import io.gatehouse.kernel.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * A caller's own active sessions (not revoked, not expired): listing them, newest first, and revoking one or
 * all but the one in use. A session of another principal is as unknown as a missing one. Operators (the admin
 * API) list any principal's active sessions and revoke any active session the same way.
 */
@ApplicationScoped
public class SessionInventory {

    public static final String NOT_FOUND = "Session not found";

    @PersistenceContext
    EntityManager em;

    @Inject
    SessionActivity activity;

    @Inject
    SessionRevoker revoker;

    @Inject
    Clock clock;

    public List<SessionView> list(Caller caller) {
        return activeOf(caller.principalId(), caller.sessionId());
    }

    /** Any principal's active sessions, newest first; none is {@code current}. */
    public List<SessionView> activeOf(UUID principalId) {
        return activeOf(principalId, null);
    }

    private List<SessionView> activeOf(UUID principalId, UUID current) {
        return em.createNamedQuery(Session.ACTIVE_OF_PRINCIPAL, Session.class)
                .setParameter("principal", principalId)
                .setParameter("now", OffsetDateTime.now(clock))
                .getResultStream()
                .map(session -> SessionView.of(session, activity.lastSeen(session.id()), session.id().equals(current)))
                .toList();
    }

    /** Revokes one of the caller's active sessions (the current one included: that is a logout). */
    @Transactional
    public void revoke(Caller caller, UUID sessionId) {
        Session session = em.find(Session.class, sessionId);
        if (session == null || !session.principalId().equals(caller.principalId()) || !active(session)) {
            throw new SessionException(Reason.NOT_FOUND, "not_found", NOT_FOUND);
        }
        revoker.revoke(sessionId);
    }

    /**
     * Revokes an active session whoever its principal (an operator's revocation), inside the caller's transaction;
     * returns that principal. Unknown, revoked or expired: 404 {@value #NOT_FOUND}. The row is locked, so of two
     * operators revoking one session at once, one revokes it and the other gets the 404.
     */
    @Transactional
    public UUID revokeAny(UUID sessionId) {
        Session session = em.find(Session.class, sessionId, LockModeType.PESSIMISTIC_WRITE);
        if (session == null || !active(session)) {
            throw new SessionException(Reason.NOT_FOUND, "not_found", NOT_FOUND);
        }
        revoker.revoke(sessionId);
        return session.principalId();
    }

    private boolean active(Session session) {
        return session.revokedAt() == null && session.expiresAt().isAfter(OffsetDateTime.now(clock));
    }

    /** Revokes every active session of the caller but the one it authenticated with (all of them for a Clerk JWT). */
    public int revokeOthers(Caller caller) {
        return revoker.revokeOthersOf(caller.principalId(), caller.sessionId());
    }
}
