package io.gatehouse.http.entity;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The text of a keyset cursor, the same for every paged API: base64url of {@code <tag>:<position>:<uuid>}, where the
 * position is a time in some unit and the UUID the tie-breaker. Decoding accepts only what {@link #encode} produced
 * with the same tag and a position no later than the year 9999, so a forged cursor never reaches a query.
 *
 * @param tag         names the API and version, e.g. {@code a1}; a cursor of another API does not decode
 * @param maxPosition the largest position a database can hold in the cursor's unit
 */
public record KeysetCursorText(String tag, long maxPosition) {

    private static final int MAX_ENCODED = 96;

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
        Matcher match = Pattern.compile(Pattern.quote(tag) + ":([0-9]{1,18}):([0-9a-f-]{36})").matcher(plain);
        if (!match.matches()) {
            return Optional.empty();
        }
        long position = Long.parseLong(match.group(1));
        try {
            UUID id = UUID.fromString(match.group(2));
            boolean canonical = id.toString().equals(match.group(2));
            return canonical && position <= maxPosition ? Optional.of(new Key(position, id)) : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
