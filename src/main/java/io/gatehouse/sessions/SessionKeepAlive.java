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
import java.util.Optional;
import java.util.UUID;

/**
 * The sliding TTL: renews a live session to a full {@code SESSION_TTL_SECONDS} from now, never past its
 * {@code SESSION_MAX_AGE_SECONDS} cap. Streams call it when they connect and while they stay open. The
 * database holds the truth; the cache learns the new expiry once the renewal committed.
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
     * @return the session's expiry after the renewal, or empty when the session is unknown, revoked or
     *         already expired (a stream should then close)
     */
    @Transactional
    public Optional<OffsetDateTime> renew(UUID sessionId) {
        Session session = em.find(Session.class, sessionId);
        OffsetDateTime now = OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MILLIS);
        if (session == null || session.revokedAt() != null || !session.expiresAt().isAfter(now)) {
            return Optional.empty();
        }
        if (session.extendTo(settings.expiryFor(session.createdAt(), now))) {
            committed.fire(new SessionCommitted.Stored(session.tokenHash(), CachedSession.of(session)));
        }
        return Optional.of(session.expiresAt());
    }
}
