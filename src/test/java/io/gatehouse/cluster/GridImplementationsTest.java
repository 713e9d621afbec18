package io.gatehouse.cluster;

import io.gatehouse.cluster.control.GridSeal;
import io.gatehouse.cluster.control.GridSessionCache;
import io.gatehouse.cluster.control.OrderedHandOff;
import io.gatehouse.cluster.control.SessionText;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gatehouse.accounts.control.LocalUserCacheNotices;
import io.gatehouse.accounts.control.UserCacheNotices;
import io.gatehouse.ratelimit.control.RateLimitCounters;
import io.gatehouse.ratelimit.entity.RateLimitUsage;
import io.gatehouse.kernel.CallerKind;
import io.gatehouse.sessions.entity.CachedSession;
import io.gatehouse.sessions.control.InMemorySessionCache;
import io.gatehouse.sessions.control.SessionCache;
import io.gatehouse.kernel.TokenHash;
import io.gatehouse.streaming.control.InMemoryRunEventNotifications;
import io.gatehouse.streaming.entity.RunEvent;
import io.gatehouse.streaming.control.RunEventNotifications;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The grid implementations on two real Hazelcast members in this JVM: what one member changes, the other sees;
 * merges never make a revoked session valid; the members share one rate-limit count.
 */
class GridImplementationsTest {

    static final GridSeal SEAL = new GridSeal("unit-test-cluster-secret-0123456789abcdef");

    private static TwoMembers members;
    private static ExecutorService executor;

    @BeforeAll
    static void join() {
        members = new TwoMembers();
        executor = Executors.newCachedThreadPool();
    }

    @AfterAll
    static void leave() {
        executor.shutdownNow();
        members.close();
    }

    @Test
    void theTwoMembersFormOneCluster() {
        assertEquals(2, members.a.getCluster().getMembers().size());
        assertTrue(members.gridA().joinsOthers());
        assertTrue(members.gridA().memberIds().contains(members.gridB().localMemberId()));
    }

    @Test
    void aSessionPutOnOneMemberIsFoundOnTheOtherAtOnceAndHeldLocallySoon() throws Exception {
        InMemorySessionCache localB = new InMemorySessionCache();
        SessionCache onA = members.gridA().sessionCache(new InMemorySessionCache(), SEAL, hash -> { }, executor);
        SessionCache onB = members.gridB().sessionCache(localB, SEAL, hash -> { }, executor);
        TokenHash hash = TokenHash.of("token-" + UUID.randomUUID());
        CachedSession session = session(System.currentTimeMillis() + 60_000);

        onA.put(hash, session);

        assertEquals(session, onB.get(hash), "a miss on B reads the grid");
        TokenHash other = TokenHash.of("token-" + UUID.randomUUID());
        onA.put(other, session);
        awaitTrue(() -> localB.get(other) != null, "the entry listener copies A's mint into B's local cache");
    }

    @Test
    void aRevocationOnOneMemberReachesTheOthersCopyAndIsAnnounced() throws Exception {
        InMemorySessionCache localB = new InMemorySessionCache();
        BlockingQueue<TokenHash> announced = new LinkedBlockingQueue<>();
        SessionCache onA = members.gridA().sessionCache(new InMemorySessionCache(), SEAL, hash -> { }, executor);
        SessionCache onB = members.gridB().sessionCache(localB, SEAL, announced::add, executor);
        TokenHash hash = TokenHash.of("token-" + UUID.randomUUID());
        onA.put(hash, session(System.currentTimeMillis() + 60_000));
        assertFalse(onB.get(hash).revoked());

        long start = System.nanoTime();
        onA.markRevoked(hash);

        assertEquals(hash, announced.poll(5, TimeUnit.SECONDS), "B announces the revocation to its streams");
        assertTrue(localB.get(hash).revoked(), "B's copy is revoked");
        System.out.printf("revocation reached the other member after %.1f ms%n", (System.nanoTime() - start) / 1e6);
    }

    @Test
    void aRenewalRacingARevocationNeverRevivesTheSession() throws Exception {
        SessionCache onA = members.gridA().sessionCache(new InMemorySessionCache(), SEAL, hash -> { }, executor);
        InMemorySessionCache localB = new InMemorySessionCache();
        SessionCache onB = members.gridB().sessionCache(localB, SEAL, hash -> { }, executor);
        long now = System.currentTimeMillis();
        for (int i = 0; i < 20; i++) {
            TokenHash hash = TokenHash.of("token-" + UUID.randomUUID());
            onA.put(hash, session(now + 60_000));
            onB.get(hash);
            long later = now + 120_000 + i;
            var renewal = executor.submit(() -> onB.extend(hash, later));
            var revocation = executor.submit(() -> onA.markRevoked(hash));
            renewal.get();
            revocation.get();
            String shared = members.a.<String, String>getMap(GridSessionCache.MAP).get(hash.hex());
            CachedSession inGrid = SessionText.parse(SEAL.open(hash.hex(), shared));
            assertTrue(inGrid.revoked(), "revoked stays revoked in the grid");
            assertEquals(later, inGrid.expiresAtMillis(), "and the renewal counts too");
            awaitTrue(() -> localB.get(hash).revoked(), "B's copy ends revoked");
        }
    }

    @Test
    void aSessionLoadedFromTheDatabaseIsSharedWhenItChanges() throws Exception {
        InMemorySessionCache localB = new InMemorySessionCache();
        SessionCache onA = members.gridA().sessionCache(new InMemorySessionCache(), SEAL, hash -> { }, executor);
        SessionCache onB = members.gridB().sessionCache(localB, SEAL, hash -> { }, executor);
        TokenHash hash = TokenHash.of("token-" + UUID.randomUUID());
        CachedSession session = session(System.currentTimeMillis() + 60_000);
        onA.load(hash, session);
        onB.load(hash, session);
        assertNull(members.a.getMap(GridSessionCache.MAP).get(hash.hex()), "loading shares nothing");

        onA.extend(hash, session.expiresAtMillis() + 30_000);
        awaitTrue(() -> localB.get(hash).expiresAtMillis() == session.expiresAtMillis() + 30_000,
                "a renewal on A counts on B");
        onA.markRevoked(hash);
        awaitTrue(() -> localB.get(hash).revoked(), "a revocation on A counts on B");
    }

    @Test
    void membersShareOneRateLimitCount() {
        RateLimitCounters onA = members.gridA().rateLimitCounters(SEAL, Clock.systemUTC());
        RateLimitCounters onB = members.gridB().rateLimitCounters(SEAL, Clock.systemUTC());
        String key = "key-" + UUID.randomUUID();
        int allowed = 0;
        for (int i = 0; i < 30; i++) {
            RateLimitUsage usage = (i % 2 == 0 ? onA : onB).hit(key, 10, Duration.ofMinutes(1));
            if (usage.allowed()) {
                allowed++;
                assertEquals(10 - allowed, usage.remaining(), "remaining counts both members' hits");
            } else {
                assertTrue(usage.resetSeconds() >= 1 && usage.resetSeconds() <= 60);
            }
        }
        assertEquals(10, allowed, "exactly the limit, spread over two members");
    }

    @Test
    void largeLimitsAreClaimedInBatchesAndNeverExceeded() throws Exception {
        RateLimitCounters onA = members.gridA().rateLimitCounters(SEAL, Clock.systemUTC());
        RateLimitCounters onB = members.gridB().rateLimitCounters(SEAL, Clock.systemUTC());
        String key = "key-" + UUID.randomUUID();
        List<Boolean> results = new CopyOnWriteArrayList<>();
        var left = executor.submit(() -> {
            for (int i = 0; i < 1500; i++) {
                results.add(onA.hit(key, 1000, Duration.ofMinutes(1)).allowed());
            }
        });
        var right = executor.submit(() -> {
            for (int i = 0; i < 1500; i++) {
                results.add(onB.hit(key, 1000, Duration.ofMinutes(1)).allowed());
            }
        });
        left.get();
        right.get();
        long allowed = results.stream().filter(Boolean::booleanValue).count();
        assertTrue(allowed <= 1000, "never more than the limit: " + allowed);
        assertTrue(allowed >= 1000 - 10, "at most one claim (a hundredth of the limit) left unused: " + allowed);
    }

    @Test
    void runEventsPublishedOnOneMemberReachTheOthersListenersInOrder() throws Exception {
        RunEventNotifications onA = members.gridA().runEventNotifications(new InMemoryRunEventNotifications(),
                SEAL, executor);
        RunEventNotifications onB = members.gridB().runEventNotifications(new InMemoryRunEventNotifications(),
                SEAL, new OrderedHandOff(executor));
        UUID owner = UUID.randomUUID();
        UUID run = UUID.randomUUID();
        BlockingQueue<RunEvent> seenOnB = new LinkedBlockingQueue<>();
        BlockingQueue<RunEvent> seenOnA = new LinkedBlockingQueue<>();
        onB.subscribe(owner, seenOnB::add);
        onA.subscribe(owner, seenOnA::add);

        for (int id = 1; id <= 50; id++) {
            onA.publish(new RunEvent(run, owner, id, "progress", "{\"step\":" + id + ",\"x\":\"a|b\"}", id == 50));
        }

        for (int id = 1; id <= 50; id++) {
            RunEvent event = seenOnB.poll(5, TimeUnit.SECONDS);
            assertNotNull(event, "event " + id + " reached B");
            assertEquals(id, event.id(), "in order");
            assertEquals("{\"step\":" + id + ",\"x\":\"a|b\"}", event.data());
            assertEquals(id == 50, event.last());
        }
        assertEquals(50, seenOnA.size(), "A's own listeners got each event once, directly");
        Thread.sleep(200);
        assertEquals(50, seenOnA.size(), "and not a second time from the topic");
    }

    @Test
    void userNoticesOnOneMemberReachTheOtherOnceAndNotTheSenderTwice() throws Exception {
        BlockingQueue<String> seenOnA = new LinkedBlockingQueue<>();
        BlockingQueue<String> seenOnB = new LinkedBlockingQueue<>();
        UserCacheNotices onA = members.gridA().userCacheNotices(recording(seenOnA), SEAL, executor);
        members.gridB().userCacheNotices(recording(seenOnB), SEAL, new OrderedHandOff(executor));
        UUID principal = UUID.randomUUID();

        onA.userChanged(principal, "user_1");
        onA.userChanged(principal, null);

        assertEquals(principal + "|user_1", seenOnB.poll(5, TimeUnit.SECONDS));
        assertEquals(principal + "|null", seenOnB.poll(5, TimeUnit.SECONDS), "no Clerk user id stays none");
        assertEquals(List.of(principal + "|user_1", principal + "|null"), List.copyOf(seenOnA), "applied on A at once");
        Thread.sleep(200);
        assertEquals(2, seenOnA.size(), "and not a second time from the topic");
    }

    private static LocalUserCacheNotices recording(BlockingQueue<String> seen) {
        return new LocalUserCacheNotices(null) {
            @Override
            public void userChanged(UUID principalId, String clerkUserId) {
                seen.add(principalId + "|" + clerkUserId);
            }
        };
    }

    static CachedSession session(long expiresAt) {
        return new CachedSession(UUID.randomUUID(), UUID.randomUUID(), CallerKind.CLERK, "user_x|y",
                System.currentTimeMillis(), expiresAt, false);
    }

    static void awaitTrue(BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError(what + ": not within 5 s");
            }
            Thread.sleep(5);
        }
    }
}
