package io.gatehouse.http.entity;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The text of a keyset cursor, the same for every paged API: base64url of {@code <tag>:<position>:<uuid>}, where the
 * position is a sort key (a time in some unit, a count) and the UUID the tie-breaker. Decoding accepts only what
 * {@link #encode} produced with the same tag and a position in range (what a database can hold), so a forged
 * cursor never reaches a query.
 *
 * @param tag         names the API and version, e.g. {@code a1}; a cursor of another API does not decode
 * @param minPosition the smallest position accepted
 * @param maxPosition the largest position accepted, e.g. the largest a database can hold in the cursor's unit
 * @param signed      whether the position is written as any {@code long} ({@code -?[0-9]{1,19}}) rather than as up
 *                    to 18 digits
 */
public record KeysetCursorText(String tag, long minPosition, long maxPosition, boolean signed) {

    private static final int MAX_ENCODED = 96;

    /** A cursor whose position runs from 0 to {@code maxPosition}, written as up to 18 digits. */
    public KeysetCursorText(String tag, long maxPosition) {
        this(tag, 0, maxPosition, false);
    }

    /** A decoded cursor: the position and the tie-breaking id. */
    public record Key(long position, UUID id) {
    }

    public String encode(long position, UUID id) {
        String plain = tag + ":" + position + ":" + id;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.US_ASCII));
    }

    /** The cursor's key; empty for anything this codec did not produce (garbled, forged, from another API). */
    public Optional<Key> decode(String text) {
        if (text == null || text.isEmpty() || text.length() > MAX_ENCODED) {
            return Optional.empty();
        }
        String plain;
        try {
            plain = new String(Base64.getUrlDecoder().decode(text), StandardCharsets.US_ASCII);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        String position = signed ? "-?[0-9]{1,19}" : "[0-9]{1,18}";
        Matcher match = Pattern.compile(Pattern.quote(tag) + ":(" + position + "):([0-9a-f-]{36})").matcher(plain);
        if (!match.matches()) {
            return Optional.empty();
        }
        try {
            long at = Long.parseLong(match.group(1));
            UUID id = UUID.fromString(match.group(2));
            boolean canonical = id.toString().equals(match.group(2));
            boolean inRange = at >= minPosition && at <= maxPosition;
            return canonical && inRange ? Optional.of(new Key(at, id)) : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
