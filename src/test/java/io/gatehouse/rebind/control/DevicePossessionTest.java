package io.gatehouse.rebind.control;

import io.gatehouse.problems.control.FeatureProblems;
import io.gatehouse.kernel.FeatureException;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.gatehouse.kernel.ApiProblem;
import io.gatehouse.kernel.CallerKind;
import io.gatehouse.sessions.entity.CachedSession;
import io.gatehouse.sessions.control.InMemorySessionCache;
import io.gatehouse.kernel.SessionTokens;
import io.gatehouse.kernel.TokenHash;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class DevicePossessionTest {

    private static final long NOW = 1_700_000_000_000L;
    private static final UUID DEVICE = UUID.randomUUID();
    private static final UUID OTHER_DEVICE = UUID.randomUUID();

    private final InMemorySessionCache cache = new InMemorySessionCache();
    private final DevicePossession possession = new DevicePossession();

    DevicePossessionTest() {
        possession.cache = cache;
        possession.clock = Clock.fixed(Instant.ofEpochMilli(NOW), ZoneOffset.UTC);
    }

    private String token(CallerKind kind, UUID principal, long expiresAt, boolean revoked) {
        String token = SessionTokens.mint(kind);
        cache.put(TokenHash.of(token), new CachedSession(UUID.randomUUID(), principal, kind, "anon:" + principal,
                NOW - 1000, expiresAt, revoked));
        return token;
    }

    private void assertRefused(String token, UUID device, String detail) {
        ApiProblem refused = FeatureProblems.of(assertThrows(FeatureException.class, () -> possession.check(token, device)));
        assertEquals(403, refused.status());
        assertEquals("invalid_rebind_proof", refused.code());
        assertEquals(detail, refused.detail());
    }

    @Test
    void aLiveAnonymousSessionOfTheDeviceProvesPossession() {
        assertDoesNotThrow(() -> possession.check(token(CallerKind.ANONYMOUS, DEVICE, NOW + 1, false), DEVICE));
    }

    @Test
    void anotherDevicesSessionDoesNot() {
        String theirs = token(CallerKind.ANONYMOUS, OTHER_DEVICE, NOW + 60_000, false);
        assertRefused(theirs, DEVICE, DevicePossession.OTHER_DEVICE);
        assertRefused(theirs, null, DevicePossession.OTHER_DEVICE);
    }

    @Test
    void aSessionThatIsNotLiveDoesNot() {
        assertRefused(token(CallerKind.ANONYMOUS, DEVICE, NOW, false), DEVICE, DevicePossession.NOT_LIVE);
        assertRefused(token(CallerKind.ANONYMOUS, DEVICE, NOW + 60_000, true), DEVICE, DevicePossession.NOT_LIVE);
        assertRefused(SessionTokens.mint(CallerKind.ANONYMOUS), DEVICE, DevicePossession.NOT_LIVE);
    }

    @Test
    void onlyAnAnonymousSessionCounts() {
        assertRefused(token(CallerKind.CLERK, DEVICE, NOW + 60_000, false), DEVICE, DevicePossession.NOT_LIVE);
        assertRefused(token(CallerKind.AGENT, DEVICE, Long.MAX_VALUE, false), DEVICE, DevicePossession.NOT_LIVE);
        assertRefused("not-a-token", DEVICE, DevicePossession.NOT_LIVE);
    }

    @Test
    void requiredSaysWhatToSend() {
        ApiProblem required = io.gatehouse.problems.control.FeatureProblems.of(DevicePossession.required());
        assertEquals(403, required.status());
        assertEquals("rebind_proof_required", required.code());
        assertEquals("Rebind requires proof of possession: send anonymous_token, a live anonymous session token of this"
                + " device", required.detail());
    }
}
