package io.gatehouse.sessions.control;

import io.gatehouse.kernel.TokenHash;
import io.gatehouse.sessions.entity.CachedSession;
import io.gatehouse.sessions.entity.EndedClerkSession;
import io.gatehouse.sessions.entity.Session;
import io.gatehouse.sessions.entity.SessionCommitted;
import io.gatehouse.clerk.control.EndedClerkSessions;
import io.gatehouse.kernel.StartupEvent;
import io.gatehouse.kernel.AuthRefusal;
import io.gatehouse.kernel.CallerKind;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Ends what was minted from a Clerk session once Clerk says it ended: every Gatehouse session minted from its
 * {@code sid} is revoked, and JWTs carrying the {@code sid} are refused from then on.
 *
 * <p>The ended {@code sid} is kept in the session cache as a revoked entry under the hash of
 * {@code clerk-session:<sid>}: so it reaches every instance of a cluster the way a revoked session does, closes the
 * streams opened with a JWT of that session (they are registered under that hash), is loaded at start-up with the
 * sessions, and is asked from memory on every JWT. Remembered a day (a Clerk session JWT lives a minute), then the
 * row is swept. An exchange and an end of the same user are serialized on the user's row, so a session minted
 * while its Clerk session ends is either refused or revoked.
 */
@ApplicationScoped
public class ClerkSessionEnds implements EndedClerkSessions {

    static final Duration REMEMBERED = Duration.ofDays(1);

    /** The 401 a JWT of an ended Clerk session gets. */
    public static final AuthRefusal REFUSAL = AuthRefusal.invalid("Clerk session ended");

    private static final Logger LOG = Logger.getLogger(ClerkSessionEnds.class.getName());
    private static final UUID NO_PRINCIPAL = new UUID(0, 0);

    @PersistenceContext
    EntityManager em;

    @Inject
    SessionRevoker revoker;

    @Inject
    SessionCache cache;

    @Inject
    Clock clock;

    @Inject
    Event<SessionCommitted> committed;

    @Resource
    ManagedScheduledExecutorService scheduler;

    /** The cache key of a Clerk session: what its JWT streams are registered under, and its revocation entry. */
    public static TokenHash key(String clerkSessionId) {
        return TokenHash.of("clerk-session:" + clerkSessionId);
    }

    @Override
    public boolean ended(String clerkSessionId) {
        if (clerkSessionId == null) {
            return false;
        }
        CachedSession entry = cache.known(key(clerkSessionId));
        return entry != null && entry.revoked();
    }

    /**
     * Records that the Clerk session ended and revokes every session minted from it, at once and on every
     * instance. Idempotent. {@code clerkUserId} (when known) is the user whose row serializes this with an exchange.
     *
     * @return whether anything changed: the end was new, or a session was revoked
     */
    @Transactional
    public boolean end(String clerkSessionId, String clerkUserId, String reason) {
        if (clerkUserId != null) {
            em.createNativeQuery("SELECT principal_id FROM users WHERE clerk_user_id = ? FOR UPDATE")
                    .setParameter(1, clerkUserId)
                    .getResultList();
        }
        OffsetDateTime now = OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MILLIS);
        boolean fresh = em.find(EndedClerkSession.class, clerkSessionId) == null;
        if (fresh) {
            em.persist(new EndedClerkSession(clerkSessionId, now, reason));
            em.flush();
        }
        int revoked = revoker.revokeAllOfClerkSession(clerkSessionId);
        committed.fire(new SessionCommitted.ClerkSessionEnded(key(clerkSessionId), entry(clerkSessionId, now)));
        return fresh || revoked > 0;
    }

    /**
     * The Clerk sessions the given live sessions were minted from, each with its Clerk user id; sessions without one
     * (anonymous, local, older rows) are left out.
     */
    @Transactional
    public Map<String, String> clerkSessionsOf(Collection<UUID> sessionIds) {
        Map<String, String> found = new HashMap<>();
        List<UUID> ids = List.copyOf(sessionIds);
        for (int from = 0; from < ids.size(); from += 500) {
            em.createNamedQuery(Session.CLERK_SESSIONS_OF, Object[].class)
                    .setParameter("ids", ids.subList(from, Math.min(ids.size(), from + 500)))
                    .getResultStream()
                    .forEach(row -> found.put((String) row[0], (String) row[1]));
        }
        return found;
    }

    void onStart(@Observes StartupEvent event, ClerkSessionEnds self) {
        int loaded = self.load();
        if (loaded > 0) {
            LOG.info(() -> "Remembered " + loaded + " ended Clerk sessions");
        }
        scheduler.scheduleWithFixedDelay(() -> {
            try {
                self.sweep();
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Sweeping ended Clerk sessions failed; retrying in an hour", e);
            }
        }, 1, 60, TimeUnit.MINUTES);
    }

    @Transactional
    public int load() {
        List<EndedClerkSession> ended = em.createNamedQuery(EndedClerkSession.SINCE, EndedClerkSession.class)
                .setParameter("since", OffsetDateTime.now(clock).minus(REMEMBERED))
                .getResultList();
        ended.forEach(e -> cache.load(key(e.clerkSessionId()), entry(e.clerkSessionId(), e.endedAt())));
        return ended.size();
    }

    /**
     * Reconciliation: Clerk sessions ended since {@code since} that this instance did not hold as ended are held
     * now; returns their keys (their streams close).
     */
    @Transactional
    public Set<TokenHash> enforceEndedSince(OffsetDateTime since) {
        Set<TokenHash> newlyHeld = new HashSet<>();
        em.createNamedQuery(EndedClerkSession.SINCE, EndedClerkSession.class)
                .setParameter("since", since)
                .getResultStream()
                .forEach(ended -> {
                    TokenHash key = key(ended.clerkSessionId());
                    CachedSession held = cache.known(key);
                    if (held == null || !held.revoked()) {
                        cache.load(key, entry(ended.clerkSessionId(), ended.endedAt()));
                        newlyHeld.add(key);
                    }
                });
        return newlyHeld;
    }

    @Transactional
    public void sweep() {
        em.createNamedQuery(EndedClerkSession.FORGET_BEFORE)
                .setParameter("before", OffsetDateTime.now(clock).minus(REMEMBERED))
                .executeUpdate();
    }

    private static CachedSession entry(String clerkSessionId, OffsetDateTime endedAt) {
        long at = endedAt.toInstant().toEpochMilli();
        UUID id = UUID.nameUUIDFromBytes(("clerk-session:" + clerkSessionId).getBytes(StandardCharsets.UTF_8));
        return new CachedSession(id, NO_PRINCIPAL, CallerKind.CLERK, null, at, at + REMEMBERED.toMillis(), true);
    }
}
