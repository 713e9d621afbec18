package io.gatehouse.sessions.control;

import io.gatehouse.http.control.Challenges;
import io.gatehouse.kernel.SessionTokens;
import io.gatehouse.kernel.TokenHash;
import io.gatehouse.sessions.entity.CachedSession;
import io.gatehouse.sessions.entity.EndedClerkSession;
import io.gatehouse.sessions.entity.IssuedSession;
import io.gatehouse.sessions.entity.Session;
import io.gatehouse.sessions.entity.SessionCommitted;
import io.gatehouse.accounts.control.AnonymousPrincipals;
import io.gatehouse.accounts.entity.LockReason;
import io.gatehouse.accounts.entity.Principal;
import io.gatehouse.accounts.entity.UserAccount;
import io.gatehouse.kernel.SecurityEvent;
import io.gatehouse.kernel.SecurityEvents;
import io.gatehouse.kernel.AuthRefusal;
import io.gatehouse.kernel.CallerKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Optional;
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

    /** A session with no Clerk session behind it: the local admin's. */
    @Transactional
    public IssuedSession issue(UUID principalId, CallerKind kind, String subject, String userAgent, String ip) {
        return issue(principalId, kind, subject, userAgent, ip, null);
    }

    /**
     * A session of an anonymous device. The device's principal row is locked first, so the sweep of abandoned
     * devices ({@code rebind.AbandonedDevices}) either sees this session or deleted the principal before: then nothing
     * is written and the answer is empty (the caller mints on a fresh principal).
     */
    @Transactional
    public Optional<IssuedSession> issueAnonymous(UUID principalId, String userAgent, String ip) {
        if (em.find(Principal.class, principalId, LockModeType.PESSIMISTIC_WRITE) == null) {
            return Optional.empty();
        }
        return Optional.of(issue(principalId, CallerKind.ANONYMOUS, AnonymousPrincipals.subjectOf(principalId), userAgent,
                ip, null));
    }

    /**
     * A session for a Clerk user, minted from the Clerk session {@code clerkSessionId}, so it ends when that Clerk
     * session ends. The user's row is locked first: a lock, ban or end of the Clerk session committed by another
     * request is either seen here (refused) or sees this session (revoked), never missed by both.
     */
    @Transactional
    public IssuedSession issueFromClerk(UUID principalId, String subject, String userAgent, String ip,
            String clerkSessionId) {
        UserAccount account = em.find(UserAccount.class, principalId, LockModeType.PESSIMISTIC_WRITE);
        if (account == null) {
            throw Challenges.problem(AuthRefusal.invalid("unknown user"));
        }
        Optional<LockReason> lock = account.lockReason();
        if (lock.isPresent()) {
            throw Challenges.problem(lock.get().refusal());
        }
        if (em.find(EndedClerkSession.class, clerkSessionId) != null) {
            throw Challenges.problem(ClerkSessionEnds.REFUSAL);
        }
        return issue(principalId, CallerKind.CLERK, subject, userAgent, ip, clerkSessionId);
    }

    private IssuedSession issue(UUID principalId, CallerKind kind, String subject, String userAgent, String ip,
            String clerkSessionId) {
        String token = SessionTokens.mint(kind);
        TokenHash hash = TokenHash.of(token);
        OffsetDateTime now = OffsetDateTime.now(clock);
        OffsetDateTime expiresAt = settings.expiryFor(now, now);
        Session session = new Session(hash, principalId, kind, subject, now, expiresAt, userAgent, ip,
                clerkSessionId);
        em.persist(session);
        committed.fire(new SessionCommitted.Stored(hash, CachedSession.of(session)));
        audit.fire(SecurityEvent.sessionIssued(kind, principalId, session.id()));
        return new IssuedSession(token, (int) Duration.between(now, expiresAt).toSeconds());
    }
}
