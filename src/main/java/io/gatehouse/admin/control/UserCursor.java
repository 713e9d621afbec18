package io.gatehouse.admin.control;

import io.gatehouse.accounts.UserAccount;
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
 * Where a page of the admin user search ended: the last user's {@code created_at} (epoch microseconds, the
 * precision both databases keep) and principal id, the keyset of the newest-first order. Clients get it as opaque
 * base64url text, in the audit cursor's style, and pass it back unchanged.
 *
 * @param createdAtMicros the last user's {@code created_at}
 * @param principalId     the last user's id (the tie-breaker)
 */
public record UserCursor(long createdAtMicros, UUID principalId) {

    private static final Pattern FORM = Pattern.compile("u1:([0-9]{1,18}):([0-9a-f-]{36})");
    private static final int MAX_ENCODED = 96;
    /** The last microsecond of the year 9999: what a database can hold, so a forged cursor cannot break a query. */
    private static final long MAX_MICROS = 253_402_300_799_999_999L;

    static UserCursor after(UserAccount user) {
        return at(user.createdAt(), user.principalId());
    }

    /** The cursor of a user created at {@code createdAt} (to the microsecond) with this id. */
    static UserCursor at(OffsetDateTime createdAt, UUID principalId) {
        Instant created = createdAt.toInstant();
        return new UserCursor(Math.addExact(Math.multiplyExact(created.getEpochSecond(), 1_000_000L), created.getNano() / 1_000),
                principalId);
    }

    public String encode() {
        String plain = "u1:" + createdAtMicros + ":" + principalId;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.US_ASCII));
    }

    /** A cursor this API produced; empty for anything else (garbled, forged, from another API). */
    public static Optional<UserCursor> decode(String text) {
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
        long micros = Long.parseLong(match.group(1));
        try {
            UUID id = UUID.fromString(match.group(2));
            boolean canonical = id.toString().equals(match.group(2));
            return canonical && micros <= MAX_MICROS ? Optional.of(new UserCursor(micros, id)) : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    OffsetDateTime createdAt() {
        return Instant.ofEpochSecond(Math.floorDiv(createdAtMicros, 1_000_000L), Math.floorMod(createdAtMicros, 1_000_000L) * 1_000L)
                .atOffset(ZoneOffset.UTC);
    }
}
