package io.gatehouse.sessions.control;

import io.gatehouse.kernel.SessionTokens;
import io.gatehouse.kernel.TokenHash;
import io.gatehouse.sessions.entity.CachedSession;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.gatehouse.kernel.CallerKind;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ActiveSessionsGaugeTest {

    private static final long NOW = Instant.parse("2025-06-01T12:00:00Z").toEpochMilli();

    private final InMemorySessionCache cache = new InMemorySessionCache();

    private void put(CallerKind kind, long expiresAt, boolean revoked) {
        cache.put(TokenHash.of(SessionTokens.mint(kind)),
                new CachedSession(UUID.randomUUID(), UUID.randomUUID(), kind, "s", NOW - 1_000, expiresAt, revoked));
    }

    @Test
    void countsSessionsThatWouldBeAcceptedNow() {
        put(CallerKind.CLERK, NOW + 60_000, false);
        put(CallerKind.ANONYMOUS, NOW + 1, false);
        put(CallerKind.LOCAL, NOW + 60_000, false);
        put(CallerKind.CLERK, NOW, false);
        put(CallerKind.CLERK, NOW - 1, false);
        put(CallerKind.ANONYMOUS, NOW + 60_000, true);
        put(CallerKind.AGENT, Long.MAX_VALUE, false);

        ActiveSessionsGauge gauge = new ActiveSessionsGauge();
        gauge.cache = cache;
        gauge.clock = Clock.fixed(Instant.ofEpochMilli(NOW), ZoneOffset.UTC);

        assertEquals(3, gauge.value());
        assertEquals("gatehouse_active_sessions", gauge.name());
    }
}
