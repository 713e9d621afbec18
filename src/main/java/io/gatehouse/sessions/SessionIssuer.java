package io.gatehouse.sessions;

import io.gatehouse.audit.SecurityEvent;
import io.gatehouse.audit.SecurityEvents;
import io.gatehouse.security.CallerKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.UUID;

/** Mints a session for a principal: persists its hash, and after commit makes it valid in the cache. */
@ApplicationScoped
public class SessionIssuer {

    @PersistenceContext
    EntityManager em;

    @Inject
    SessionSettings settings;

    @Inject
    Clock clock;

    @Inject
    Event<SessionCommitted> committed;

    @Inject
    SecurityEvents audit;

    @Transactional
    public IssuedSession issue(UUID principalId, CallerKind kind, String subject, String userAgent, String ip) {
        String token = SessionTokens.mint(kind);
        TokenHash hash = TokenHash.of(token);
        OffsetDateTime now = OffsetDateTime.now(clock);
        OffsetDateTime expiresAt = settings.expiryFor(now, now);
        Session session = new Session(hash, principalId, kind, subject, now, expiresAt, userAgent, ip);
        em.persist(session);
        committed.fire(new SessionCommitted.Stored(hash, CachedSession.of(session)));
        audit.fire(SecurityEvent.sessionIssued(kind, principalId, session.id()));
        return new IssuedSession(token, (int) Duration.between(now, expiresAt).toSeconds());
    }
}
