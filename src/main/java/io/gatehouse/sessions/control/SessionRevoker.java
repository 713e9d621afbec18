package io.gatehouse.sessions.control;

import io.gatehouse.kernel.TokenHash;
import io.gatehouse.sessions.entity.Session;
import io.gatehouse.sessions.entity.SessionCommitted;
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

    /** Never a session id (random UUIDs carry version bits): "keep none" without a null parameter. */
    private static final UUID NO_SESSION = new UUID(0, 0);

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
        announce(Session.REVOKED_AT_OF_PRINCIPAL, "principal", principalId, now, revoked);
        return revoked;
    }

    /** Revokes every session minted from the Clerk session {@code clerkSessionId}; returns how many. */
    @Transactional
    public int revokeAllOfClerkSession(String clerkSessionId) {
        OffsetDateTime now = OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MILLIS);
        int revoked = em.createNamedQuery(Session.REVOKE_OF_CLERK_SESSION)
                .setParameter("now", now)
                .setParameter("sid", clerkSessionId)
                .executeUpdate();
        announce(Session.REVOKED_AT_OF_CLERK_SESSION, "sid", clerkSessionId, now, revoked);
        return revoked;
    }

    /**
     * Revokes every active (not revoked, not expired) session of a principal except {@code keep}, the one the
     * caller is using ({@code null}: none is kept); returns how many.
     */
    @Transactional
    public int revokeOthersOf(UUID principalId, UUID keep) {
        OffsetDateTime now = OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MILLIS);
        int revoked = em.createNamedQuery(Session.REVOKE_OTHERS_OF_PRINCIPAL)
                .setParameter("now", now)
                .setParameter("principal", principalId)
                .setParameter("keep", keep == null ? NO_SESSION : keep)
                .executeUpdate();
        announce(Session.REVOKED_AT_OF_PRINCIPAL, "principal", principalId, now, revoked);
        return revoked;
    }

    /**
     * After a bulk revocation at {@code now}: the hashes the named query finds revoked at that instant (its
     * {@code key} parameter set to {@code value}) go to the cache once the transaction commits.
     */
    private void announce(String revokedAtQuery, String key, Object value, OffsetDateTime now, int revoked) {
        if (revoked > 0) {
            List<TokenHash> hashes = em.createNamedQuery(revokedAtQuery, Session.class)
                    .setParameter(key, value)
                    .setParameter("at", now)
                    .getResultStream()
                    .map(Session::tokenHash)
                    .toList();
            committed.fire(new SessionCommitted.Revoked(hashes));
        }
    }
}
