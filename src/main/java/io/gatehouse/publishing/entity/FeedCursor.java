package io.gatehouse.publishing.entity;

import io.gatehouse.publishing.entity.FeedSort;
import io.gatehouse.publishing.entity.ProjectShare;
import io.gatehouse.publishing.entity.PublishingProblems;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a feed page ended: the sort key of its last item (publication time in epoch microseconds, or
 * views) and its project id. Sent to clients as opaque base64url text naming the sort it belongs to.
 *
 * @param sort      the feed order the cursor belongs to
 * @param key       the last item's sort key
 * @param projectId the last item's project id (the tie-breaker)
 */
public record FeedCursor(FeedSort sort, long key, UUID projectId) {

    private static final Pattern FORM = Pattern.compile("(recent|popular):(-?[0-9]{1,19}):([0-9a-f-]{36})");
    private static final int MAX_ENCODED = 128;
    /** Publication times a database can hold (years 1 to 9999), so a forged cursor cannot break a query. */
    private static final long MIN_MICROS = micros(OffsetDateTime.of(1, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC));
    private static final long MAX_MICROS = micros(OffsetDateTime.of(9999, 12, 31, 23, 59, 59, 999_999_000, ZoneOffset.UTC));

    /** The cursor after this share in the given order. */
    public static FeedCursor after(ProjectShare share, FeedSort sort) {
        long key = sort == FeedSort.RECENT ? micros(share.publishedAt()) : share.views();
        return new FeedCursor(sort, key, share.projectId());
    }

    public String encode() {
        String plain = sort.parameter() + ":" + key + ":" + projectId;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.US_ASCII));
    }

    /** Reads a cursor this API produced for {@code expected}; anything else answers 422. */
    public static FeedCursor decode(String text, FeedSort expected) {
        if (text == null || text.isEmpty() || text.length() > MAX_ENCODED) {
            throw invalid();
        }
        String plain;
        try {
            plain = new String(Base64.getUrlDecoder().decode(text), StandardCharsets.US_ASCII);
        } catch (IllegalArgumentException e) {
            throw invalid();
        }
        Matcher match = FORM.matcher(plain);
        if (!match.matches() || !match.group(1).equals(expected.parameter())) {
            throw invalid();
        }
        try {
            long key = Long.parseLong(match.group(2));
            UUID id = UUID.fromString(match.group(3));
            if (!id.toString().equals(match.group(3)) || !inRange(expected, key)) {
                throw invalid();
            }
            return new FeedCursor(expected, key, id);
        } catch (IllegalArgumentException e) {
            throw invalid();
        }
    }

    /** The publication time a recent-order cursor holds. */
    public OffsetDateTime publishedAt() {
        Instant instant = Instant.ofEpochSecond(Math.floorDiv(key, 1_000_000L), Math.floorMod(key, 1_000_000L) * 1_000L);
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static boolean inRange(FeedSort sort, long key) {
        return sort == FeedSort.POPULAR ? key >= 0 : key >= MIN_MICROS && key <= MAX_MICROS;
    }

    static long micros(OffsetDateTime at) {
        Instant instant = at.toInstant();
        return Math.addExact(Math.multiplyExact(instant.getEpochSecond(), 1_000_000L), instant.getNano() / 1_000L);
    }

    private static RuntimeException invalid() {
        return PublishingProblems.invalid("cursor is not valid for this feed; pass next_cursor of the previous page"
                + " unchanged, with the same sort");
    }
}
