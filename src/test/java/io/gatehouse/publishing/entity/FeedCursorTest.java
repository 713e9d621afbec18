package io.gatehouse.publishing.entity;

import io.gatehouse.problems.control.FeatureProblems;
import io.gatehouse.kernel.FeatureException;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gatehouse.kernel.ApiProblem;
import io.gatehouse.publishing.entity.FeedSort;
import io.gatehouse.publishing.entity.ProjectShare;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class FeedCursorTest {

    private static final UUID ID = UUID.fromString("0f8fad5b-d9cb-469f-a165-70867728950e");

    @Test
    void aRecentCursorRoundTripsThePublicationTimeToTheMicrosecond() {
        OffsetDateTime at = OffsetDateTime.of(2026, 11, 23, 9, 15, 30, 123_456_000, ZoneOffset.ofHours(2));
        FeedCursor cursor = FeedCursor.after(new ProjectShare(ID, "a-slug", at), FeedSort.RECENT);

        FeedCursor read = FeedCursor.decode(cursor.encode(), FeedSort.RECENT);

        assertEquals(cursor, read);
        assertEquals(at.toInstant(), read.publishedAt().toInstant());
        assertEquals(ZoneOffset.UTC, read.publishedAt().getOffset());
        assertEquals(ID, read.projectId());
    }

    @Test
    void timesBeforeTheEpochRoundTripToo() {
        OffsetDateTime at = OffsetDateTime.of(1969, 12, 31, 23, 59, 59, 999_999_000, ZoneOffset.UTC);
        FeedCursor cursor = FeedCursor.after(new ProjectShare(ID, "old", at), FeedSort.RECENT);
        assertEquals(at.toInstant(), FeedCursor.decode(cursor.encode(), FeedSort.RECENT).publishedAt().toInstant());
    }

    @Test
    void aPopularCursorHoldsTheViews() {
        FeedCursor cursor = new FeedCursor(FeedSort.POPULAR, 42, ID);
        assertEquals(cursor, FeedCursor.decode(cursor.encode(), FeedSort.POPULAR));
    }

    @Test
    void theEncodingIsBase64UrlWithoutPadding() {
        String encoded = new FeedCursor(FeedSort.POPULAR, 7, ID).encode();
        assertTrue(encoded.matches("[A-Za-z0-9_-]+"), encoded);
    }

    @Test
    void aCursorOfTheOtherSortIsRefused() {
        String popular = new FeedCursor(FeedSort.POPULAR, 3, ID).encode();
        String recent = new FeedCursor(FeedSort.RECENT, 1_700_000_000_000_000L, ID).encode();
        assertInvalid(popular, FeedSort.RECENT);
        assertInvalid(recent, FeedSort.POPULAR);
    }

    @Test
    void anythingThisApiDidNotProduceIsRefused() {
        assertInvalid("garbage", FeedSort.RECENT);
        assertInvalid("", FeedSort.RECENT);
        assertInvalid("!!!", FeedSort.RECENT);
        assertInvalid(encode("recent:12"), FeedSort.RECENT);
        assertInvalid(encode("recent:abc:" + ID), FeedSort.RECENT);
        assertInvalid(encode("recent:12:not-a-uuid-but-36-characters-long!!"), FeedSort.RECENT);
        assertInvalid(encode("recent:99999999999999999999:" + ID), FeedSort.RECENT);
        assertInvalid(encode("popular:-1:" + ID), FeedSort.POPULAR);
        assertInvalid(encode("best:1:" + ID), FeedSort.RECENT);
        assertInvalid(encode("recent:1:" + ID.toString().toUpperCase()), FeedSort.RECENT);
        assertInvalid("A".repeat(200), FeedSort.RECENT);
        assertInvalid(encode("recent:" + Long.MIN_VALUE + ":" + ID), FeedSort.RECENT);
        assertInvalid(encode("recent:" + Long.MAX_VALUE + ":" + ID), FeedSort.RECENT);
    }

    private static String encode(String plain) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.US_ASCII));
    }

    private static void assertInvalid(String cursor, FeedSort sort) {
        ApiProblem problem = FeatureProblems.of(assertThrows(FeatureException.class, () -> FeedCursor.decode(cursor, sort), cursor));
        assertEquals(422, problem.status());
        assertEquals("invalid_request", problem.code());
    }
}
