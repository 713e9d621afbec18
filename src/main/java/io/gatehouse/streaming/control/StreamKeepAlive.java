package io.gatehouse.streaming.control;

import io.gatehouse.kernel.StartupEvent;
import io.gatehouse.kernel.CredentialType;
import io.gatehouse.sessions.entity.CachedSession;
import io.gatehouse.sessions.control.SessionCache;
import io.gatehouse.sessions.control.SessionKeepAlive;
import io.gatehouse.sessions.control.SessionSettings;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The sliding TTL of streams: connecting renews the session to a full TTL, and while streams are open a tick
 * every third of the TTL (at least a second apart) renews each of their sessions once, closing the streams of
 * a session that is gone (revoked, or past {@code SESSION_MAX_AGE_SECONDS}). Every stream is also pinged at least
 * every {@link #PING_SECONDS} seconds, so a dead connection is noticed (and gives back its principal's slot, see
 * {@link StreamQuota}) within a minute or so, whatever the TTL.
 */
@ApplicationScoped
public class StreamKeepAlive {

    static final String EXPIRED = "session expired";
    static final long PING_SECONDS = 30;

    private static final Logger LOG = Logger.getLogger(StreamKeepAlive.class.getName());

    @Inject
    SessionKeepAlive sessions;

    @Inject
    SessionSettings settings;

    @Inject
    SessionCache cache;

    @Inject
    OpenStreams streams;

    @Inject
    Clock clock;

    @Inject
    ClerkSessionWatch clerkSessions;

    @Resource
    ManagedScheduledExecutorService scheduler;

    private ScheduledFuture<?> ticking;
    private ScheduledFuture<?> pinging;

    void onStart(@Observes StartupEvent event) {
        long period = periodMillis(settings.ttlSeconds());
        ticking = scheduler.scheduleWithFixedDelay(this::tick, period, period, TimeUnit.MILLISECONDS);
        long pingPeriod = PING_SECONDS * 1000;
        if (pingPeriod < period) {
            pinging = scheduler.scheduleWithFixedDelay(this::ping, pingPeriod, pingPeriod, TimeUnit.MILLISECONDS);
        }
    }

    @PreDestroy
    void stop() {
        if (ticking != null) {
            ticking.cancel(false);
        }
        if (pinging != null) {
            pinging.cancel(false);
        }
    }

    static long periodMillis(int ttlSeconds) {
        return Math.max(1000L, ttlSeconds * 1000L / 3);
    }

    /** Renews the client's session as its stream connects; {@code false} when the session is gone. */
    public boolean connect(StreamClient client) {
        UUID session = client.renewableSession();
        if (session == null) {
            return true;
        }
        Optional<SessionKeepAlive.Renewal> renewal = sessions.renew(session);
        renewal.ifPresent(r -> watchIfBeyond(r, client));
        return renewal.isPresent();
    }

    /**
     * Whether the client's session or agent token is still live in memory; checked once a stream is registered,
     * so a revocation that happened while it connected still closes it.
     */
    boolean live(StreamClient client) {
        CredentialType credential = client.caller().credential();
        if (credential != CredentialType.SESSION_TOKEN && credential != CredentialType.AGENT_TOKEN) {
            return true;
        }
        CachedSession session = cache.get(client.credential());
        return session != null && !session.revoked() && clock.millis() < session.expiresAtMillis();
    }

    /** A session renewed past the expiry it was minted with, for the first time: is its Clerk session still active? */
    private void watchIfBeyond(SessionKeepAlive.Renewal renewal, StreamClient client) {
        if (renewal.firstBeyond() && renewal.clerkSessionId() != null) {
            clerkSessions.checkSoon(renewal.clerkSessionId(), client.caller().subject());
        }
    }

    /** Pings every open stream between ticks (a ping only queues a write: it never blocks). */
    void ping() {
        try {
            streams.all().forEach(OpenStream::ping);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Pinging streams failed; retrying on the next ping", e);
        }
    }

    void tick() {
        try {
            Map<UUID, List<OpenStream>> bySession = new HashMap<>();
            for (OpenStream stream : streams.all()) {
                stream.ping();
                UUID session = stream.client().renewableSession();
                if (session != null) {
                    bySession.computeIfAbsent(session, id -> new ArrayList<>()).add(stream);
                }
            }
            bySession.forEach(this::renew);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Stream keep-alive failed; retrying on the next tick", e);
        }
    }

    private void renew(UUID session, List<OpenStream> open) {
        try {
            Optional<SessionKeepAlive.Renewal> renewal = sessions.renew(session);
            if (renewal.isEmpty()) {
                open.forEach(stream -> stream.close(EXPIRED));
            } else {
                watchIfBeyond(renewal.get(), open.get(0).client());
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Renewing a streaming session failed; its streams stay open until the next tick", e);
        }
    }
}
