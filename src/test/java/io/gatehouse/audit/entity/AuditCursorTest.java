package io.gatehouse.audit.entity;

import io.gatehouse.kernel.SecurityEvent;
import io.gatehouse.kernel.SecurityEventType;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class AuditCursorTest {

    private static String base64(String plain) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.US_ASCII));
    }

    @Test
    void anEncodedCursorDecodesToItself() {
        AuditCursor cursor = new AuditCursor(1_732_000_000_123L, UUID.randomUUID());

        String text = cursor.encode();

        assertTrue(text.matches("[A-Za-z0-9_-]+"), "opaque base64url without padding: " + text);
        assertEquals(Optional.of(cursor), AuditCursor.decode(text));
        assertEquals(Instant.ofEpochMilli(1_732_000_000_123L).atOffset(ZoneOffset.UTC), cursor.occurredAt());
    }

    @Test
    void theCursorOfAnEventIsItsTimeAndId() {
        SecurityEvent event = new SecurityEvent(SecurityEventType.LOGOUT, Instant.ofEpochMilli(1_700_000_000_456L),
                UUID.randomUUID(), null, null, null, null);
        AuditEvent row = new AuditEvent(event);

        AuditCursor cursor = AuditCursor.after(row);

        assertEquals(1_700_000_000_456L, cursor.occurredAtMillis());
        assertEquals(row.id(), cursor.id());
    }

    @Test
    void anythingElseIsRefused() {
        String id = UUID.randomUUID().toString();
        for (String text : new String[] {"", "!!!", "bm9wZQ", base64("a1:12:" + id.toUpperCase()), base64("a2:12:" + id),
                base64("a1:-12:" + id), base64("a1:12:" + id + ":x"), base64("a1:12345678901234567:" + id),
                base64("a1:253402300800000:" + id), base64("a1:12:" + id.replace("-", "")), "A".repeat(200)}) {
            assertFalse(AuditCursor.decode(text).isPresent(), text);
        }
        assertFalse(AuditCursor.decode(null).isPresent());
        assertTrue(AuditCursor.decode(base64("a1:253402300799999:" + id)).isPresent(), "the year 9999 is still a time");
    }
}
