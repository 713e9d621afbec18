package io.gatehouse.publishing.entity;

import io.gatehouse.http.entity.KeysetCursorText;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/**
 * Where a feed page ended: the sort key of its last item (publication time in epoch microseconds, or
 * views) and its project id. Sent to clients as opaque base64url text naming the sort it belongs to.
 *
 * @param sort      the feed order the cursor belongs to
 * @param key       the last item's sort key
 * @param projectId the last item's project id (the tie-breaker)
 */
public record FeedCursor(FeedSort sort, long key, UUID projectId) {

    /** Publication times a database can hold (years 1 to 9999), so a forged cursor cannot break a query. */
    private static final long MIN_MICROS = micros(OffsetDateTime.of(1, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC));
    private static final long MAX_MICROS = micros(OffsetDateTime.of(9999, 12, 31, 23, 59, 59, 999_999_000, ZoneOffset.UTC));
    private static final KeysetCursorText RECENT =
            new KeysetCursorText(FeedSort.RECENT.parameter(), MIN_MICROS, MAX_MICROS, true);
    private static final KeysetCursorText POPULAR =
            new KeysetCursorText(FeedSort.POPULAR.parameter(), 0, Long.MAX_VALUE, true);

    /** The cursor after this share in the given order. */
    public static FeedCursor after(ProjectShare share, FeedSort sort) {
        long key = sort == FeedSort.RECENT ? micros(share.publishedAt()) : share.views();
        return new FeedCursor(sort, key, share.projectId());
    }

    public String encode() {
        return text(sort).encode(key, projectId);
    }

    /** Reads a cursor this API produced for {@code expected}; anything else answers 422. */
    public static FeedCursor decode(String text, FeedSort expected) {
        return text(expected).decode(text)
                .map(read -> new FeedCursor(expected, read.position(), read.id()))
                .orElseThrow(FeedCursor::invalid);
    }

    /** The publication time a recent-order cursor holds. */
    public OffsetDateTime publishedAt() {
        Instant instant = Instant.ofEpochSecond(Math.floorDiv(key, 1_000_000L), Math.floorMod(key, 1_000_000L) * 1_000L);
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static KeysetCursorText text(FeedSort sort) {
        return sort == FeedSort.RECENT ? RECENT : POPULAR;
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
