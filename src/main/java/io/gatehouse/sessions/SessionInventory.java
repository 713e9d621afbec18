package io.gatehouse.sessions;

import io.gatehouse.problems.ApiProblem;
import io.gatehouse.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * A caller's own active sessions (not revoked, not expired): listing them, newest first, and revoking one or
 * all but the one in use. A session of another principal is as unknown as a missing one.
 */
@ApplicationScoped
public class SessionInventory {

    static final String NOT_FOUND = "Session not found";

    @PersistenceContext
    EntityManager em;

    @Inject
    SessionActivity activity;

    @Inject
    SessionRevoker revoker;

    @Inject
    Clock clock;

    public List<SessionView> list(Caller caller) {
        return em.createNamedQuery(Session.ACTIVE_OF_PRINCIPAL, Session.class)
                .setParameter("principal", caller.principalId())
                .setParameter("now", OffsetDateTime.now(clock))
                .getResultStream()
                .map(session -> SessionView.of(session, activity.lastSeen(session.id()),
                        session.id().equals(caller.sessionId())))
                .toList();
    }

    /** Revokes one of the caller's active sessions (the current one included: that is a logout). */
    @Transactional
    public void revoke(Caller caller, UUID sessionId) {
        Session session = em.find(Session.class, sessionId);
        if (session == null || !session.principalId().equals(caller.principalId()) || session.revokedAt() != null
                || !session.expiresAt().isAfter(OffsetDateTime.now(clock))) {
            throw ApiProblem.notFound(NOT_FOUND);
        }
        revoker.revoke(sessionId);
    }

    /** Revokes every active session of the caller but the one it authenticated with (all of them for a Clerk JWT). */
    public int revokeOthers(Caller caller) {
        return revoker.revokeOthersOf(caller.principalId(), caller.sessionId());
    }
}
