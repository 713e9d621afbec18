package io.gatehouse.sessions.control;

import io.gatehouse.kernel.SessionTokens;
import io.gatehouse.kernel.TokenHash;
import io.gatehouse.sessions.entity.CachedSession;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gatehouse.kernel.CallerKind;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class InMemorySessionCacheTest {

    private final InMemorySessionCache cache = new InMemorySessionCache();
    private final TokenHash hash = TokenHash.of(SessionTokens.mint(CallerKind.CLERK));

    private void store(long expiresAtMillis) {
        cache.put(hash, new CachedSession(UUID.randomUUID(), UUID.randomUUID(), CallerKind.CLERK, "user_1",
                1_000, expiresAtMillis, false));
    }

    @Test
    void aRenewalMovesTheExpiryLaterNeverEarlier() {
        store(5_000);
        cache.extend(hash, 9_000);
        assertEquals(9_000, cache.get(hash).expiresAtMillis());
        cache.extend(hash, 7_000);
        assertEquals(9_000, cache.get(hash).expiresAtMillis());
    }

    @Test
    void aRenewalArrivingAfterARevocationLeavesTheSessionRevoked() {
        store(5_000);
        cache.markRevoked(hash);
        cache.extend(hash, 9_000);
        assertTrue(cache.get(hash).revoked());
    }

    @Test
    void aSessionLoadedFromTheDatabaseKeepsARevocationOrRenewalThatArrivedFirst() {
        store(5_000);
        cache.extend(hash, 9_000);
        cache.markRevoked(hash);
        CachedSession stale = new CachedSession(cache.get(hash).sessionId(), cache.get(hash).principalId(),
                CallerKind.CLERK, "user_1", 1_000, 5_000, false);
        cache.load(hash, stale);
        assertTrue(cache.get(hash).revoked());
        assertEquals(9_000, cache.get(hash).expiresAtMillis());
    }

    @Test
    void mergingIsTheSameInEitherOrder() {
        CachedSession live = new CachedSession(UUID.randomUUID(), UUID.randomUUID(), CallerKind.CLERK, "user_1",
                1_000, 9_000, false);
        CachedSession revokedEarlier = new CachedSession(live.sessionId(), live.principalId(), CallerKind.CLERK,
                "user_1", 1_000, 5_000, true);
        assertEquals(live.mergedWith(revokedEarlier), revokedEarlier.mergedWith(live));
        assertTrue(live.mergedWith(revokedEarlier).revoked());
        assertEquals(9_000, live.mergedWith(revokedEarlier).expiresAtMillis());
    }

    @Test
    void aRenewalOfAnUnknownSessionAddsNothing() {
        cache.extend(hash, 9_000);
        assertNull(cache.get(hash));
        assertEquals(0, cache.size());
    }
}
