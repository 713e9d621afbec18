package io.gatehouse.sessions.control;

import io.gatehouse.sessions.entity.CachedSession;
import io.gatehouse.sessions.entity.Session;
import io.gatehouse.kernel.StartupEvent;
import io.gatehouse.persistence.control.KeysetPages;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

/**
 * Fills the session cache from the database at boot, so every session minted before a restart (or a
 * crash) keeps working and a miss in the cache means an unknown token, never a database query on the
 * request path. Expired sessions are forgotten an hour after expiry; until then they answer
 * "Token expired". The other credentials the cache answers for ({@link SessionCacheSource}) are loaded after them.
 */
@ApplicationScoped
public class SessionCacheLoader {

    private static final Logger LOG = Logger.getLogger(SessionCacheLoader.class.getName());
    private static final Duration KEEP_EXPIRED = Duration.ofHours(1);

    @PersistenceContext
    EntityManager em;

    @Inject
    SessionCache cache;

    @Inject
    Clock clock;

    @Inject
    Instance<SessionCacheSource> sources;

    @Resource
    ManagedScheduledExecutorService scheduler;

    void onStart(@Observes StartupEvent event, SessionCacheLoader self) {
        int loaded = self.load();
        LOG.info(() -> "Session cache loaded with " + loaded + " live sessions");
        for (SessionCacheSource source : sources) {
            int more = source.load();
            LOG.info(() -> "Session cache loaded with " + more + " " + source.what());
        }
        scheduler.scheduleAtFixedRate(this::purge, 5, 5, TimeUnit.MINUTES);
    }

    @Transactional
    public int load() {
        OffsetDateTime since = OffsetDateTime.now(clock).minus(KEEP_EXPIRED);
        return KeysetPages.forEach(em,
                () -> em.createNamedQuery(Session.LIVE_AFTER, Session.class).setParameter("since", since),
                Session::id,
                session -> cache.load(session.tokenHash(), CachedSession.of(session)));
    }

    void purge() {
        int removed = cache.removeExpiredBefore(clock.millis() - KEEP_EXPIRED.toMillis());
        if (removed > 0) {
            LOG.fine(() -> "Forgot " + removed + " expired sessions");
        }
    }
}
