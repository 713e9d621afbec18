package io.gatehouse.sessions.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

class SessionSettingsTest {

    private static final OffsetDateTime CREATED = OffsetDateTime.parse("2026-11-23T08:00:00Z");

    private static SessionSettings settings(int ttl, int maxAge) {
        SessionSettings settings = new SessionSettings();
        settings.ttlSeconds = ttl;
        settings.maxAgeSeconds = maxAge;
        return settings;
    }

    @Test
    void aRenewalGivesAFullTtlFromNow() {
        OffsetDateTime now = CREATED.plusMinutes(20);
        assertEquals(now.plusSeconds(1800), settings(1800, 43200).expiryFor(CREATED, now));
    }

    @Test
    void noRenewalPassesTheAbsoluteCap() {
        OffsetDateTime now = CREATED.plusHours(11).plusMinutes(50);
        assertEquals(CREATED.plusSeconds(43200), settings(1800, 43200).expiryFor(CREATED, now));
    }

    @Test
    void aCapShorterThanTheTtlBoundsTheFirstExpiry() {
        assertEquals(CREATED.plusSeconds(600), settings(1800, 600).expiryFor(CREATED, CREATED));
    }
}
