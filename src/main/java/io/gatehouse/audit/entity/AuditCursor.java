package io.gatehouse.audit.entity;

import io.gatehouse.http.entity.KeysetCursorText;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;

/**
 * Where a page of the audit trail ended: the last event's time (epoch milliseconds) and id, the keyset of the
 * newest-first order. Clients get it as opaque base64url text and pass it back unchanged.
 *
 * @param occurredAtMillis the last event's {@code occurred_at}
 * @param id               the last event's id (the tie-breaker)
 */
public record AuditCursor(long occurredAtMillis, UUID id) {

    /** The last millisecond of the year 9999: what a database can hold, so a forged cursor cannot break a query. */
    private static final KeysetCursorText TEXT = new KeysetCursorText("a1", 253_402_300_799_999L);

    public static AuditCursor after(AuditEvent event) {
        return new AuditCursor(event.occurredAt().toInstant().toEpochMilli(), event.id());
    }

    public String encode() {
        return TEXT.encode(occurredAtMillis, id);
    }

    /** A cursor this API produced; empty for anything else (garbled, forged, from another API). */
    public static Optional<AuditCursor> decode(String text) {
        return TEXT.decode(text).map(key -> new AuditCursor(key.position(), key.id()));
    }

    public OffsetDateTime occurredAt() {
        return Instant.ofEpochMilli(occurredAtMillis).atOffset(ZoneOffset.UTC);
    }
}
