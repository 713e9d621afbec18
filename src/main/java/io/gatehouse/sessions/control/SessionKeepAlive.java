package io.gatehouse.sessions.control;

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
import java.util.Optional;
import java.util.UUID;

/**
 * The sliding TTL: renews a live session to a full {@code SESSION_TTL_SECONDS} from now, never past its
 * {@code SESSION_MAX_AGE_SECONDS} cap. Streams call it when they connect and while they stay open.
 *
 * <p>The renewal is one conditional UPDATE that only touches a live row's expiry, so it can never undo a
 * revocation committed at the same moment (a whole-entity write could put {@code revoked_at} back to
 * null), and the cache only ever moves an expiry later, keeping a revoked entry revoked.
 */
@ApplicationScoped
public class SessionKeepAlive {

    @PersistenceContext
    EntityManager em;

    @Inject
    SessionSettings settings;

    @Inject
    Clock clock;

    @Inject
    Event<SessionCommitted> committed;

    /**
     * @return the renewal, or empty when the session is unknown, revoked or already expired (a stream should then
     *         close)
     */
    @Transactional
    public Optional<Renewal> renew(UUID sessionId) {
        Session session = em.find(Session.class, sessionId);
        OffsetDateTime now = OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MILLIS);
        if (session == null || !isLive(session, now)) {
            return Optional.empty();
        }
        OffsetDateTime expiry = settings.expiryFor(session.createdAt(), now);
        OffsetDateTime firstExpiry = settings.expiryFor(session.createdAt(), session.createdAt());
        boolean firstBeyond = !session.expiresAt().isAfter(firstExpiry) && expiry.isAfter(firstExpiry);
        if (expiry.isAfter(session.expiresAt())) {
            em.createNamedQuery(Session.EXTEND)
                    .setParameter("id", sessionId)
                    .setParameter("expiry", expiry)
                    .setParameter("now", now)
                    .executeUpdate();
            em.refresh(session);
            if (!isLive(session, now)) {
                return Optional.empty();
            }
            committed.fire(new SessionCommitted.Extended(session.tokenHash(),
                    session.expiresAt().toInstant().toEpochMilli()));
        }
        return Optional.of(new Renewal(session.expiresAt(), session.clerkSessionId(), firstBeyond));
    }

    /**
     * A session renewed.
     *
     * @param expiresAt      its expiry now
     * @param clerkSessionId the Clerk session it was minted from, or {@code null}
     * @param firstBeyond    whether this renewal moved it past the expiry it was minted with, for the first time
     */
    public record Renewal(OffsetDateTime expiresAt, String clerkSessionId, boolean firstBeyond) {
    }

    private static boolean isLive(Session session, OffsetDateTime now) {
        return session.revokedAt() == null && session.expiresAt().isAfter(now);
    }
}
