package io.gatehouse.cluster;

import io.gatehouse.cluster.control.GridRateLimitCounters;
import io.gatehouse.cluster.control.GridSeal;
import io.gatehouse.cluster.control.GridSessionCache;
import io.gatehouse.cluster.control.SessionText;
import static io.gatehouse.cluster.GridImplementationsTest.SEAL;
import static io.gatehouse.cluster.GridImplementationsTest.awaitTrue;
import static io.gatehouse.cluster.GridImplementationsTest.session;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.hazelcast.map.IMap;
import com.hazelcast.map.MapInterceptor;
import io.gatehouse.accounts.control.LocalUserCacheNotices;
import io.gatehouse.accounts.control.UserCacheNotices;
import io.gatehouse.ratelimit.control.RateLimitCounters;
import io.gatehouse.sessions.entity.CachedSession;
import io.gatehouse.sessions.control.InMemorySessionCache;
import io.gatehouse.sessions.control.SessionCache;
import io.gatehouse.kernel.TokenHash;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The cluster fails closed: a grid write failing half-way through a revocation leaves none of its tokens valid on
 * the revoking member and reconciliation corrects the others; values written without the cluster secret are
 * neither trusted nor merged; user notices cross members.
 */
class GridFailClosedTest {

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
    void aGridFailureHalfWayThroughARevocationLeavesNoTokenValidAfterReconciliation() throws Exception {
        InMemorySessionCache localA = new InMemorySessionCache();
        InMemorySessionCache localB = new InMemorySessionCache();
        SessionCache onA = members.gridA().sessionCache(localA, SEAL, hash -> { }, executor);
        SessionCache onB = members.gridB().sessionCache(localB, SEAL, hash -> { }, executor);
        List<TokenHash> hashes = new ArrayList<>();
        List<CachedSession> sessions = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            TokenHash hash = TokenHash.of("mass-" + UUID.randomUUID());
            CachedSession session = session(System.currentTimeMillis() + 60_000);
            onA.put(hash, session);
            hashes.add(hash);
            sessions.add(session);
        }
        for (TokenHash hash : hashes) {
            awaitTrue(() -> localB.get(hash) != null, "B holds every token");
        }
        TokenHash failing = hashes.get(4);
        IMap<String, String> grid = members.a.getMap(GridSessionCache.MAP);
        String interceptor = grid.addInterceptor(new RefuseWritesOf(sessions.get(4).sessionId().toString()));
        try {
            onA.markRevoked(hashes);
        } finally {
            grid.removeInterceptor(interceptor);
        }

        for (TokenHash hash : hashes) {
            assertTrue(localA.get(hash).revoked(), "every token is refused on the revoking member");
        }
        for (TokenHash hash : hashes) {
            if (!hash.equals(failing)) {
                awaitTrue(() -> localB.get(hash).revoked(), "the ones the grid took are refused on B");
            }
        }
        assertFalse(localB.get(failing).revoked(), "the grid never carried the failed one to B");

        Set<TokenHash> corrected = onB.enforceRevoked(hashes);

        assertEquals(Set.of(failing), corrected, "reconciliation refuses exactly the missed one");
        assertTrue(localB.get(failing).revoked());
        awaitTrue(() -> SessionText.parse(SEAL.open(failing.hex(), grid.get(failing.hex()))).revoked(),
                "and corrects the grid");
    }

    @Test
    void reconciliationRefusesATokenThisMemberNeverSawThatTheGridStillHoldsAsValid() {
        InMemorySessionCache localB = new InMemorySessionCache();
        SessionCache onB = members.gridB().sessionCache(localB, SEAL, hash -> { }, executor);
        TokenHash stale = TokenHash.of("stale-" + UUID.randomUUID());
        IMap<String, String> grid = members.a.getMap(GridSessionCache.MAP);
        grid.set(stale.hex(), SEAL.seal(stale.hex(), SessionText.of(session(System.currentTimeMillis() + 60_000))));

        assertEquals(Set.of(stale), onB.enforceRevoked(List.of(stale)));
        assertTrue(onB.get(stale).revoked());
    }

    @Test
    void aValueWrittenWithoutTheSecretIsNeverTrusted() throws Exception {
        InMemorySessionCache localB = new InMemorySessionCache();
        SessionCache onB = members.gridB().sessionCache(localB, SEAL, hash -> { }, executor);
        IMap<String, String> grid = members.a.getMap(GridSessionCache.MAP);
        long rejectedBefore = SEAL.rejected();

        TokenHash forged = TokenHash.of("forged-" + UUID.randomUUID());
        String plain = SessionText.of(session(System.currentTimeMillis() + 60_000));
        grid.set(forged.hex(), plain);
        GridSeal otherSecret = new GridSeal("an-attacker-guess-at-the-secret-0123456789");
        TokenHash guessed = TokenHash.of("guessed-" + UUID.randomUUID());
        grid.set(guessed.hex(), otherSecret.seal(guessed.hex(), plain));
        TokenHash copied = TokenHash.of("copied-" + UUID.randomUUID());
        TokenHash genuine = TokenHash.of("genuine-" + UUID.randomUUID());
        grid.set(copied.hex(), SEAL.seal(genuine.hex(), plain));

        assertNull(onB.get(forged), "an unsealed entry is no session");
        assertNull(onB.get(guessed), "nor one sealed under another secret");
        assertNull(onB.get(copied), "nor a genuine value copied under another token's key");
        Thread.sleep(300);
        assertNull(localB.get(forged), "and the listener merged none of them");
        assertNull(localB.get(copied));
        assertTrue(SEAL.rejected() - rejectedBefore >= 3, "each refusal is counted");
    }

    @Test
    void rateLimitValuesWrittenWithoutTheSecretDoNotGrantHits() {
        RateLimitCounters onA = members.gridA().rateLimitCounters(SEAL, Clock.systemUTC());
        String key = "forged-limit-" + UUID.randomUUID();
        assertTrue(onA.hit(key, 2, Duration.ofMinutes(1)).allowed());
        IMap<String, Object> grid = members.b.getMap(GridRateLimitCounters.MAP);
        grid.set(key, (System.currentTimeMillis() / 1000) << 32);
        RateLimitCounters onB = members.gridB().rateLimitCounters(SEAL, Clock.systemUTC());

        assertTrue(onB.hit(key, 2, Duration.ofMinutes(1)).allowed(), "a forged zero count opens a window afresh");
        assertTrue(onB.hit(key, 2, Duration.ofMinutes(1)).allowed());
        assertFalse(onB.hit(key, 2, Duration.ofMinutes(1)).allowed(), "but never grants more than the limit");
    }

    @Test
    void aUserNoticeOnOneMemberReachesTheOther() throws Exception {
        List<UUID> staleOnB = new java.util.concurrent.CopyOnWriteArrayList<>();
        UserCacheNotices onA = members.gridA().userCacheNotices(new LocalUserCacheNotices(null) {
            @Override
            public void userChanged(UUID principalId, String clerkUserId) {
            }
        }, SEAL, executor);
        members.gridB().userCacheNotices(new LocalUserCacheNotices(null) {
            @Override
            public void userChanged(UUID principalId, String clerkUserId) {
                staleOnB.add(principalId);
            }
        }, SEAL, executor);
        UUID principal = UUID.randomUUID();

        onA.userChanged(principal, "user_gone");

        awaitTrue(() -> staleOnB.contains(principal), "B forgets the user");
    }

    /** Fails every write of one session's entry, as a member leaving or a partition would. */
    static final class RefuseWritesOf implements MapInterceptor {

        private final String sessionId;

        RefuseWritesOf(String sessionId) {
            this.sessionId = sessionId;
        }

        @Override
        public Object interceptGet(Object value) {
            return null;
        }

        @Override
        public void afterGet(Object value) {
        }

        @Override
        public Object interceptPut(Object oldValue, Object newValue) {
            if (newValue instanceof String text && text.contains(sessionId)) {
                throw new IllegalStateException("injected grid failure");
            }
            return null;
        }

        @Override
        public void afterPut(Object value) {
        }

        @Override
        public Object interceptRemove(Object removedValue) {
            return null;
        }

        @Override
        public void afterRemove(Object value) {
        }
    }
}
