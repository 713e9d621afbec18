package io.gatehouse.kernel;

import io.gatehouse.audit.control.RefusalCounting;
import io.gatehouse.security.control.TokenShapes;
import io.gatehouse.kernel.SecurityEvents;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class SecurityEventTest {

    @Test
    void textsAreClippedToPrintableCharacters() {
        assertEquals("a?b?c", SecurityEvent.clipped("a\nb\u0000c", 64));
        assertEquals("caf?", SecurityEvent.clipped("café", 64));
        assertEquals("abc…", SecurityEvent.clipped("abcdefgh", 4));
        assertNull(SecurityEvent.clipped(null, 4));
        SecurityEvent long_ = SecurityEvent.of(SecurityEventType.TOKEN_REFUSED, null, null, "r".repeat(100), "d".repeat(1000));
        assertEquals(SecurityEvent.MAX_REASON, long_.reason().length());
        assertEquals(SecurityEvent.MAX_DETAIL, long_.detail().length());
    }

    @Test
    void timesAreKeptToTheMillisecond() {
        SecurityEvent event = new SecurityEvent(SecurityEventType.LOGOUT, Instant.parse("2025-01-02T03:04:05.123456789Z"),
                null, null, null, null, null);
        assertEquals(Instant.parse("2025-01-02T03:04:05.123Z"), event.occurredAt());
    }

    @Test
    void aTokenIsKnownOnlyByItsShape() {
        assertEquals("session", RefusalCounting.credentialOf(TokenShapes.kindOf("msc_abc")));
        assertEquals("anonymous_session", RefusalCounting.credentialOf(TokenShapes.kindOf("ms_sess_abc")));
        assertEquals("agent_token", RefusalCounting.credentialOf(TokenShapes.kindOf("mca_abc")));
        assertEquals("jwt", RefusalCounting.credentialOf(TokenShapes.kindOf("eyJh.eyJz.sig")));
        assertEquals("unknown", RefusalCounting.credentialOf(TokenShapes.kindOf("hunter2")));
        assertEquals("unknown", RefusalCounting.credentialOf(TokenShapes.kindOf("..")));
    }
}
