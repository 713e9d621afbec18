package io.gatehouse.admin.entity;

import io.gatehouse.accounts.entity.UserAccount;
import io.gatehouse.http.entity.KeysetCursorText;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;

/**
 * Where a page of the admin user search ended: the last user's {@code created_at} (epoch microseconds, the
 * precision both databases keep) and principal id, the keyset of the newest-first order. Clients get it as opaque
 * base64url text, in the audit cursor's style, and pass it back unchanged.
 *
 * @param createdAtMicros the last user's {@code created_at}
 * @param principalId     the last user's id (the tie-breaker)
 */
public record UserCursor(long createdAtMicros, UUID principalId) {

    /** The last microsecond of the year 9999: what a database can hold, so a forged cursor cannot break a query. */
    private static final KeysetCursorText TEXT = new KeysetCursorText("u1", 253_402_300_799_999_999L);

    public static UserCursor after(UserAccount user) {
        return at(user.createdAt(), user.principalId());
    }

    /** The cursor of a user created at {@code createdAt} (to the microsecond) with this id. */
    static UserCursor at(OffsetDateTime createdAt, UUID principalId) {
        Instant created = createdAt.toInstant();
        return new UserCursor(Math.addExact(Math.multiplyExact(created.getEpochSecond(), 1_000_000L), created.getNano() / 1_000),
                principalId);
    }

    public String encode() {
        return TEXT.encode(createdAtMicros, principalId);
    }

    /** A cursor this API produced; empty for anything else (garbled, forged, from another API). */
    public static Optional<UserCursor> decode(String text) {
        return TEXT.decode(text).map(key -> new UserCursor(key.position(), key.id()));
    }

    public OffsetDateTime createdAt() {
        return Instant.ofEpochSecond(Math.floorDiv(createdAtMicros, 1_000_000L), Math.floorMod(createdAtMicros, 1_000_000L) * 1_000L)
                .atOffset(ZoneOffset.UTC);
    }
}
