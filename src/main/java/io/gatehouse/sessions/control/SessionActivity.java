package io.gatehouse.sessions.control;

import io.gatehouse.kernel.TokenHash;
import io.gatehouse.sessions.entity.CachedSession;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * When each session was last used on this instance, kept in memory because the request path may not touch
 * the database. A use is recorded only when the stored value is older than {@code
 * SESSION_ACTIVITY_GRANULARITY_SECONDS}, so most requests cost one map lookup and one comparison;
 * {@link SessionActivityFlush} moves the values to {@code sessions.last_seen_at} and forgets sessions that
 * are no longer live. Per instance by design: every instance flushes to the shared database, newest wins.
 */
@ApplicationScoped
public class SessionActivity {

    private final Map<UUID, Mark> marks = new ConcurrentHashMap<>(1024);

    @Inject
    @ConfigProperty(name = "session.activity-granularity-seconds", defaultValue = "60")
    int granularitySeconds;

    @Inject
    SessionCache cache;

    private long granularityMillis;

    /** For CDI. */
    protected SessionActivity() {
    }

    /** Without a container (unit tests, benchmarks). */
    public SessionActivity(SessionCache cache, int granularitySeconds) {
        this.cache = cache;
        this.granularitySeconds = granularitySeconds;
        init();
    }

    @PostConstruct
    void init() {
        granularityMillis = Math.max(0, granularitySeconds) * 1000L;
    }

    /** The request path: the session behind {@code hash} was used at {@code nowMillis}. */
    public void touch(UUID sessionId, TokenHash hash, long nowMillis) {
        touch(sessionId, hash, nowMillis, false);
    }

    /**
     * The request path: the session (or, when {@code agent}, the agent token) behind {@code hash} was used at
     * {@code nowMillis}.
     */
    public void touch(UUID sessionId, TokenHash hash, long nowMillis, boolean agent) {
        Mark mark = marks.get(sessionId);
        if (mark == null) {
            mark = marks.putIfAbsent(sessionId, new Mark(hash, nowMillis, agent));
            if (mark != null) {
                mark.advanceTo(nowMillis);
            }
        } else if (nowMillis - mark.get() >= granularityMillis) {
            mark.advanceTo(nowMillis);
        }
    }

    /** The last use recorded on this instance, in epoch milliseconds; 0 when none since start-up. */
    public long lastSeen(UUID sessionId) {
        Mark mark = marks.get(sessionId);
        return mark == null ? 0 : mark.get();
    }

    /**
     * The uses not yet written to the database, each marked whether its session is still live in the cache at
     * {@code nowMillis}. A session that is no longer live is forgotten: at once when nothing of it is pending,
     * else once its last use is written ({@link #flushed}).
     */
    List<Seen> pending(long nowMillis) {
        List<Seen> pending = new ArrayList<>();
        marks.forEach((sessionId, mark) -> {
            long seen = mark.get();
            boolean live = isLive(mark.hash, nowMillis);
            if (seen > mark.flushed) {
                pending.add(new Seen(sessionId, seen, live, mark.agent));
            } else if (!live) {
                marks.remove(sessionId, mark);
            }
        });
        return pending;
    }

    /** The given uses reached the database: they are no longer pending, and dead sessions are forgotten. */
    void flushed(List<Seen> written) {
        for (Seen seen : written) {
            Mark mark = marks.get(seen.sessionId());
            if (mark == null) {
                continue;
            }
            if (!seen.live()) {
                marks.remove(seen.sessionId(), mark);
            } else if (seen.millis() > mark.flushed) {
                mark.flushed = seen.millis();
            }
        }
    }

    /** How many sessions are tracked. */
    public int size() {
        return marks.size();
    }

    private boolean isLive(TokenHash hash, long nowMillis) {
        CachedSession session = cache.get(hash);
        return session != null && !session.revoked() && nowMillis < session.expiresAtMillis();
    }

    /**
     * One use to write: the session (or agent token, when {@code agent}), when (epoch milliseconds), and whether it
     * is still live.
     */
    record Seen(UUID sessionId, long millis, boolean live, boolean agent) {

        Seen(UUID sessionId, long millis, boolean live) {
            this(sessionId, millis, live, false);
        }
    }

    /** The last use of one session (the long), the last value written, and the hash to ask the cache with. */
    private static final class Mark extends AtomicLong {

        private static final long serialVersionUID = 1L;

        final TokenHash hash;
        final boolean agent;
        /** The last use written to the database; only the flush reads and writes it. */
        volatile long flushed;

        Mark(TokenHash hash, long seen, boolean agent) {
            super(seen);
            this.hash = hash;
            this.agent = agent;
        }

        /** Moves the last use forward, never back, whatever other threads do at the same time. */
        void advanceTo(long millis) {
            long current = get();
            while (current < millis && !compareAndSet(current, millis)) {
                current = get();
            }
        }
    }
}
