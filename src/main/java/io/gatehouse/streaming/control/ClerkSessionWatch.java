package io.gatehouse.streaming.control;

import io.gatehouse.clerk.control.ClerkBackendClient;
import io.gatehouse.clerk.entity.ClerkSessionStatus;
import io.gatehouse.clerk.control.ClerkSettings;
import io.gatehouse.kernel.StartupEvent;
import io.gatehouse.kernel.CallerKind;
import io.gatehouse.sessions.control.ClerkSessionEnds;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Catches the end of a Clerk session without a webhook (lost, or never configured) for the credentials that live
 * longest: open streams. Every {@code CLERK_SESSION_CHECK_SECONDS}, and when a stream first renews its session past
 * the expiry it was minted with, the Clerk session behind each open stream is looked up with Clerk's Backend API
 * ({@code GET /v1/sessions/{sid}}); a status other than {@code active}, or a 404, ends it here
 * ({@link ClerkSessionEnds}): its sessions are revoked and its streams closed. Clerk unreachable or failing: the
 * session goes on (an outage must not sign everybody out); the failure is counted and logged once a minute at
 * most. Off without {@code CLERK_SECRET_KEY}.
 */
@ApplicationScoped
public class ClerkSessionWatch {

    private static final Logger LOG = Logger.getLogger(ClerkSessionWatch.class.getName());
    private static final long LOG_EVERY_MILLIS = 60_000;

    @Inject
    ClerkSettings settings;

    @Inject
    ClerkBackendClient clerk;

    @Inject
    ClerkSessionEnds ends;

    @Inject
    OpenStreams streams;

    @Inject
    Clock clock;

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Resource
    ManagedExecutorService executor;

    private final LongAdder failures = new LongAdder();
    private final LongAdder endedFound = new LongAdder();
    private final AtomicLong lastFailureLogged = new AtomicLong(Long.MIN_VALUE / 2);
    private ScheduledFuture<?> passes;

    void onStart(@Observes StartupEvent event) {
        if (!clerk.configured()) {
            LOG.info("Clerk session checks of open streams are off: CLERK_SECRET_KEY is not set");
            return;
        }
        long period = settings.sessionCheckSeconds();
        passes = scheduler.scheduleWithFixedDelay(this::pass, period, period, TimeUnit.SECONDS);
    }

    @PreDestroy
    void stop() {
        if (passes != null) {
            passes.cancel(false);
        }
    }

    /** Checks the Clerk session soon, off the caller's thread (a stream renewing its session past its first expiry). */
    public void checkSoon(String clerkSessionId, String clerkUserId) {
        if (!clerk.configured() || clerkSessionId == null) {
            return;
        }
        try {
            executor.execute(() -> check(clerkSessionId, clerkUserId));
        } catch (RejectedExecutionException shuttingDown) {
            // the application is stopping: nothing left to protect
        }
    }

    /** Checks failed because Clerk could not answer, since start-up. */
    public long failures() {
        return failures.sum();
    }

    /** Clerk sessions found ended by a check, since start-up. */
    public long endedFound() {
        return endedFound.sum();
    }

    void pass() {
        try {
            Map<String, String> sessions = new HashMap<>();
            List<UUID> minted = new ArrayList<>();
            for (OpenStream stream : streams.all()) {
                StreamClient client = stream.client();
                String jwtSession = client.jwtSessionId();
                if (jwtSession != null) {
                    sessions.put(jwtSession, client.caller().subject());
                } else if (client.renewableSession() != null && client.caller().kind() == CallerKind.CLERK) {
                    minted.add(client.renewableSession());
                }
            }
            if (!minted.isEmpty()) {
                sessions.putAll(ends.clerkSessionsOf(minted));
            }
            sessions.forEach(this::check);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Checking the Clerk sessions of open streams failed; retrying at the next pass", e);
        }
    }

    void check(String clerkSessionId, String clerkUserId) {
        if (ends.ended(clerkSessionId)) {
            return;
        }
        ClerkSessionStatus status = clerk.sessionStatus(clerkSessionId);
        if (!status.known()) {
            failures.increment();
            long now = clock.millis();
            long last = lastFailureLogged.get();
            if (now - last >= LOG_EVERY_MILLIS && lastFailureLogged.compareAndSet(last, now)) {
                LOG.warning(() -> "Clerk's Backend API could not tell whether a Clerk session is still active ("
                        + failures.sum() + " failed checks since start-up); sessions go on until it answers");
            }
            return;
        }
        if (status.ended()) {
            endedFound.increment();
            ends.end(clerkSessionId, clerkUserId, "clerk_api_" + status.status());
        }
    }
}
