package io.gatehouse.admin.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class UserCursorTest {

    private static String base64(String plain) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.US_ASCII));
    }

    @Test
    void anEncodedCursorDecodesToItselfAndKeepsMicroseconds() {
        OffsetDateTime created = OffsetDateTime.parse("2025-06-01T12:34:56.123456Z");
        UserCursor cursor = UserCursor.at(created, UUID.randomUUID());

        String text = cursor.encode();

        assertTrue(text.matches("[A-Za-z0-9_-]+"), "opaque base64url without padding: " + text);
        assertEquals(Optional.of(cursor), UserCursor.decode(text));
        assertEquals(created, cursor.createdAt(), "the database keeps microseconds: the keyset must too");
    }

    @Test
    void timesBeforeTheEpochWork() {
        OffsetDateTime created = OffsetDateTime.parse("1969-12-31T23:59:59.999999Z");
        assertEquals(created, UserCursor.at(created, UUID.randomUUID()).createdAt());
    }

    @Test
    void anythingElseIsRefused() {
        String id = UUID.randomUUID().toString();
        for (String text : new String[] {"", "!!!", "bm9wZQ", base64("u1:12:" + id.toUpperCase()), base64("a1:12:" + id),
                base64("u1:-12:" + id), base64("u1:12:" + id + ":x"), base64("u1:1234567890123456789:" + id),
                base64("u1:253402300800000000:" + id), base64("u1:12:" + id.replace("-", "")), "A".repeat(200)}) {
            assertFalse(UserCursor.decode(text).isPresent(), text);
        }
        assertFalse(UserCursor.decode(null).isPresent());
        assertTrue(UserCursor.decode(base64("u1:253402300799999999:" + id)).isPresent(), "the year 9999 is still a time");
    }
}
