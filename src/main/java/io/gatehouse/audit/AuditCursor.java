package io.gatehouse.audit;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a page of the audit trail ended: the last event's time (epoch milliseconds) and id, the keyset of the
 * newest-first order. Clients get it as opaque base64url text and pass it back unchanged.
 *
 * @param occurredAtMillis the last event's {@code occurred_at}
 * @param id               the last event's id (the tie-breaker)
 */
public record AuditCursor(long occurredAtMillis, UUID id) {

    private static final Pattern FORM = Pattern.compile("a1:([0-9]{1,15}):([0-9a-f-]{36})");
    private static final int MAX_ENCODED = 96;
    /** The last millisecond of the year 9999: what a database can hold, so a forged cursor cannot break a query. */
    private static final long MAX_MILLIS = 253_402_300_799_999L;

    static AuditCursor after(AuditEvent event) {
        return new AuditCursor(event.occurredAt().toInstant().toEpochMilli(), event.id());
    }

    public String encode() {
        String plain = "a1:" + occurredAtMillis + ":" + id;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.US_ASCII));
    }

    /** A cursor this API produced; empty for anything else (garbled, forged, from another API). */
    public static Optional<AuditCursor> decode(String text) {
        if (text == null || text.isEmpty() || text.length() > MAX_ENCODED) {
            return Optional.empty();
        }
        String plain;
        try {
            plain = new String(Base64.getUrlDecoder().decode(text), StandardCharsets.US_ASCII);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        Matcher match = FORM.matcher(plain);
        if (!match.matches()) {
            return Optional.empty();
        }
        long millis = Long.parseLong(match.group(1));
        try {
            UUID id = UUID.fromString(match.group(2));
            boolean canonical = id.toString().equals(match.group(2));
            return canonical && millis <= MAX_MILLIS ? Optional.of(new AuditCursor(millis, id)) : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    OffsetDateTime occurredAt() {
        return Instant.ofEpochMilli(occurredAtMillis).atOffset(ZoneOffset.UTC);
    }
}
