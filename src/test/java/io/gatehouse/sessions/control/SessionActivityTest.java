package io.gatehouse.sessions.control;

import io.gatehouse.kernel.SessionTokens;
import io.gatehouse.kernel.TokenHash;
import io.gatehouse.sessions.entity.CachedSession;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gatehouse.kernel.CallerKind;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class SessionActivityTest {

    private static final long T0 = Instant.parse("2026-11-22T10:00:00Z").toEpochMilli();
    private static final long HOUR = 3_600_000;

    private final InMemorySessionCache cache = new InMemorySessionCache();
    private final SessionActivity activity = new SessionActivity(cache, 60);

    /** A live session in the cache; returns its hash. */
    private TokenHash live(UUID sessionId) {
        TokenHash hash = TokenHash.of(SessionTokens.mint(CallerKind.CLERK));
        cache.put(hash, new CachedSession(sessionId, UUID.randomUUID(), CallerKind.CLERK, "user_1", T0, T0 + HOUR, false));
        return hash;
    }

    @Test
    void aUseIsRecordedAtMostOncePerGranularity() {
        UUID id = UUID.randomUUID();
        TokenHash hash = live(id);

        activity.touch(id, hash, T0);
        activity.touch(id, hash, T0 + 59_999);
        assertEquals(T0, activity.lastSeen(id), "within the granularity nothing is written");

        activity.touch(id, hash, T0 + 60_000);
        assertEquals(T0 + 60_000, activity.lastSeen(id));
    }

    @Test
    void theLastUseNeverMovesBack() {
        UUID id = UUID.randomUUID();
        TokenHash hash = live(id);
        SessionActivity everyUse = new SessionActivity(cache, 0);

        everyUse.touch(id, hash, T0 + 5_000);
        everyUse.touch(id, hash, T0 + 1_000);
        assertEquals(T0 + 5_000, everyUse.lastSeen(id));
        everyUse.touch(id, hash, T0 + 5_001);
        assertEquals(T0 + 5_001, everyUse.lastSeen(id), "granularity 0 records every later use");
    }

    @Test
    void anUnknownSessionWasNeverSeenHere() {
        assertEquals(0, activity.lastSeen(UUID.randomUUID()));
    }

    @Test
    void onlyUsesNotYetWrittenArePending() {
        UUID a = UUID.randomUUID();
        UUID b = UUID.randomUUID();
        TokenHash hashA = live(a);
        activity.touch(a, hashA, T0);
        activity.touch(b, live(b), T0);

        List<SessionActivity.Seen> first = activity.pending(T0 + 1);
        assertEquals(2, first.size(), first::toString);
        activity.flushed(first);
        assertEquals(List.of(), activity.pending(T0 + 2), "nothing new since the flush");

        activity.touch(a, hashA, T0 + 60_000);
        assertEquals(List.of(new SessionActivity.Seen(a, T0 + 60_000, true)), activity.pending(T0 + 60_001));
        assertEquals(2, activity.size(), "live sessions stay tracked after a flush");
    }

    @Test
    void aFailedWriteLeavesTheUsesPending() {
        UUID id = UUID.randomUUID();
        activity.touch(id, live(id), T0);

        activity.pending(T0 + 1);

        assertEquals(List.of(new SessionActivity.Seen(id, T0, true)), activity.pending(T0 + 2));
    }

    @Test
    void revokedExpiredAndForgottenSessionsAreWrittenOnceThenForgotten() {
        UUID revoked = UUID.randomUUID();
        UUID expired = UUID.randomUUID();
        UUID gone = UUID.randomUUID();
        UUID alive = UUID.randomUUID();
        TokenHash revokedHash = live(revoked);
        TokenHash expiredHash = TokenHash.of(SessionTokens.mint(CallerKind.ANONYMOUS));
        cache.put(expiredHash, new CachedSession(expired, UUID.randomUUID(), CallerKind.ANONYMOUS, "device", T0, T0 + 10, false));
        activity.touch(revoked, revokedHash, T0);
        activity.touch(expired, expiredHash, T0);
        activity.touch(gone, TokenHash.of("msc_never_cached"), T0);
        activity.touch(alive, live(alive), T0);
        cache.markRevoked(revokedHash);

        List<SessionActivity.Seen> pending = activity.pending(T0 + 10);
        assertEquals(4, pending.size(), "their last use is still written");
        assertTrue(pending.contains(new SessionActivity.Seen(alive, T0, true)), pending::toString);
        assertTrue(pending.contains(new SessionActivity.Seen(revoked, T0, false)), pending::toString);
        activity.flushed(pending);

        assertEquals(1, activity.size(), "only the live session is kept");
        assertEquals(0, activity.lastSeen(revoked));
        assertEquals(T0, activity.lastSeen(alive));
    }

    @Test
    void aDeadSessionWithNothingPendingIsForgottenAtOnce() {
        UUID id = UUID.randomUUID();
        TokenHash hash = live(id);
        activity.touch(id, hash, T0);
        activity.flushed(activity.pending(T0 + 1));
        cache.markRevoked(hash);

        assertEquals(List.of(), activity.pending(T0 + 2));
        assertEquals(0, activity.size());
    }

    @Test
    void theFlushWritesInBatchesAndOnlyWhatIsPending() {
        List<List<SessionActivity.Seen>> written = new ArrayList<>();
        SessionActivityFlush flush = new SessionActivityFlush();
        flush.activity = activity;
        flush.clock = Clock.fixed(Instant.ofEpochMilli(T0 + 1), ZoneOffset.UTC);
        flush.store = new SessionActivityStore() {
            @Override
            public int write(List<SessionActivity.Seen> batch) {
                written.add(List.copyOf(batch));
                return batch.size();
            }
        };
        int sessions = SessionActivityFlush.BATCH + 1;
        for (int i = 0; i < sessions; i++) {
            UUID id = UUID.randomUUID();
            activity.touch(id, live(id), T0);
        }

        assertEquals(sessions, flush.flush());
        assertEquals(List.of(SessionActivityFlush.BATCH, 1), written.stream().map(List::size).toList());
        assertEquals(0, flush.flush(), "nothing is written twice");
    }

    @Test
    void concurrentUsesKeepTheNewest() throws InterruptedException {
        UUID id = UUID.randomUUID();
        TokenHash hash = live(id);
        SessionActivity everyUse = new SessionActivity(cache, 0);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        CountDownLatch start = new CountDownLatch(1);
        for (int thread = 0; thread < 4; thread++) {
            int offset = thread;
            pool.execute(() -> {
                try {
                    start.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                for (int i = 0; i < 10_000; i++) {
                    everyUse.touch(id, hash, T0 + i * 4L + offset);
                }
            });
        }
        start.countDown();
        pool.shutdown();
        assertTrue(pool.awaitTermination(30, TimeUnit.SECONDS));

        assertEquals(T0 + 9_999 * 4L + 3, everyUse.lastSeen(id));
    }
}
