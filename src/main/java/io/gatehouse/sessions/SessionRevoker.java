package io.gatehouse.sessions;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

/**
 * Revokes sessions in the database; the cache and every other listener learn of it once the
 * transaction commits. Joins the caller's transaction, so a revocation is part of the change that
 * caused it (a rebind, a user deletion).
 */
@ApplicationScoped
public class SessionRevoker {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Event<SessionCommitted> committed;

    @Transactional
    public void revoke(UUID sessionId) {
        Session session = em.find(Session.class, sessionId);
        if (session == null || session.revokedAt() != null) {
            return;
        }
        session.revoke(OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MILLIS));
        committed.fire(new SessionCommitted.Revoked(List.of(session.tokenHash())));
    }

    /** Revokes every active session of a principal; returns how many. */
    @Transactional
    public int revokeAllOf(UUID principalId) {
        OffsetDateTime now = OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MILLIS);
        int revoked = em.createNamedQuery(Session.REVOKE_ALL_OF_PRINCIPAL)
                .setParameter("now", now)
                .setParameter("principal", principalId)
                .executeUpdate();
        if (revoked > 0) {
            List<TokenHash> hashes = em.createNamedQuery(Session.REVOKED_AT_OF_PRINCIPAL, Session.class)
                    .setParameter("principal", principalId)
                    .setParameter("at", now)
                    .getResultStream()
                    .map(Session::tokenHash)
                    .toList();
            committed.fire(new SessionCommitted.Revoked(hashes));
        }
        return revoked;
    }
}
