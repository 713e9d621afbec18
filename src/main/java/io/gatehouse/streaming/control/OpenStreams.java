package io.gatehouse.streaming.control;

import io.gatehouse.clerk.control.ClerkSettings;
import io.gatehouse.sessions.entity.SessionRevoked;
import io.gatehouse.kernel.TokenHash;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Every open stream of this instance, by the hash of the credential it connected with: revoking a session
 * closes its streams at once. Also the count of open streams, for metrics.
 */
@ApplicationScoped
public class OpenStreams {

    static final String REVOKED = "session revoked";
    static final String TOKEN_EXPIRED = "token expired";

    private final Map<TokenHash, Set<OpenStream>> byCredential = new ConcurrentHashMap<>();
    private final AtomicInteger count = new AtomicInteger();

    @Resource
    ManagedExecutorService executor;

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    ClerkSettings clerk;

    @Inject
    Clock clock;

    /** How many streams are open. */
    public int count() {
        return count.get();
    }

    /**
     * Registers an open stream under its credential; a stream opened with a JWT is closed once the JWT's {@code exp}
     * (with Clerk's leeway) passes, since nothing can renew it.
     */
    void add(OpenStream stream) {
        long endsAt = stream.client().jwtExpiresAtMillis();
        if (endsAt != Long.MAX_VALUE) {
            long delay = Math.max(0, endsAt + clerk.leewayMillis() - clock.millis());
            try {
                scheduler.schedule(() -> stream.close(TOKEN_EXPIRED), delay, TimeUnit.MILLISECONDS);
            } catch (RejectedExecutionException shuttingDown) {
                stream.close(TOKEN_EXPIRED);
                return;
            }
        }
        byCredential.compute(stream.client().credential(), (hash, set) -> {
            Set<OpenStream> streams = set == null ? ConcurrentHashMap.newKeySet() : set;
            if (streams.add(stream)) {
                count.incrementAndGet();
            }
            return streams;
        });
    }

    void remove(OpenStream stream) {
        byCredential.computeIfPresent(stream.client().credential(), (hash, set) -> {
            if (set.remove(stream)) {
                count.decrementAndGet();
            }
            return set.isEmpty() ? null : set;
        });
    }

    /** A snapshot of every open stream. */
    List<OpenStream> all() {
        List<OpenStream> all = new ArrayList<>();
        byCredential.values().forEach(all::addAll);
        return all;
    }

    /** Closes the streams of a revoked session, off the revoking thread (closing writes to the network). */
    void revoked(@Observes SessionRevoked revoked) {
        Set<OpenStream> streams = byCredential.get(revoked.hash());
        if (streams == null) {
            return;
        }
        for (OpenStream stream : List.copyOf(streams)) {
            try {
                executor.execute(() -> stream.close(REVOKED));
            } catch (RejectedExecutionException shuttingDown) {
                stream.close(REVOKED);
            }
        }
    }
}
