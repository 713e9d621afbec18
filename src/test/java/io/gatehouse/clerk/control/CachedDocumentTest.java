package io.gatehouse.clerk.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

class CachedDocumentTest {

    private static final Duration TTL = Duration.ofHours(1);
    private static final Duration RETRY = Duration.ofSeconds(30);
    private static final Duration NO_WAIT = Duration.ZERO;

    private final MutableClock clock = new MutableClock();
    private final AtomicInteger fetches = new AtomicInteger();
    private final AtomicReference<JsonObject> answer = new AtomicReference<>();

    /** Fetches inline (a direct executor), answering {@link #answer} or failing while it is null. */
    private CachedDocument cache() {
        return new CachedDocument("test document", () -> {
            fetches.incrementAndGet();
            JsonObject document = answer.get();
            if (document == null) {
                throw new IOException("unreachable");
            }
            return document;
        }, Runnable::run, clock, TTL, RETRY);
    }

    private static JsonObject doc(String issuer) {
        return Json.createObjectBuilder().add("issuer", issuer).build();
    }

    @Test
    void neverFetchedAndSourceDownIsEmptyAndRetriedOnlyAfterTheInterval() {
        CachedDocument cache = cache();
        assertEquals(Optional.empty(), cache.get(NO_WAIT));
        assertEquals(Optional.empty(), cache.get(NO_WAIT));
        assertEquals(1, fetches.get(), "a failure is not retried within the interval");
        assertFalse(cache.loaded());

        answer.set(doc("a"));
        clock.advance(RETRY.plusSeconds(1));
        assertEquals(Optional.of(doc("a")), cache.get(NO_WAIT));
        assertEquals(2, fetches.get());
        assertTrue(cache.loaded());
    }

    @Test
    void freshCopyIsServedWithoutFetching() {
        answer.set(doc("a"));
        CachedDocument cache = cache();
        cache.refresh();
        answer.set(doc("b"));
        clock.advance(TTL.minusSeconds(1));
        assertEquals(Optional.of(doc("a")), cache.get(NO_WAIT));
        assertEquals(1, fetches.get());
    }

    @Test
    void staleCopyIsServedAndRefreshed() {
        answer.set(doc("a"));
        CachedDocument cache = cache();
        cache.refresh();
        answer.set(doc("b"));
        clock.advance(TTL.plusSeconds(1));
        assertEquals(Optional.of(doc("a")), cache.get(NO_WAIT), "the stale copy answers the request that notices it");
        assertEquals(Optional.of(doc("b")), cache.get(NO_WAIT), "the refreshed copy answers the next");
        assertEquals(2, fetches.get());
    }

    @Test
    void staleCopyIsKeptWhileTheSourceFails() {
        answer.set(doc("a"));
        CachedDocument cache = cache();
        cache.refresh();
        answer.set(null);
        clock.advance(TTL.plusSeconds(1));
        assertEquals(Optional.of(doc("a")), cache.get(NO_WAIT));
        assertEquals(Optional.of(doc("a")), cache.get(NO_WAIT));
        assertEquals(2, fetches.get(), "one failed refresh, not one per request");

        clock.advance(Duration.ofDays(2));
        assertEquals(Optional.of(doc("a")), cache.get(NO_WAIT), "kept however old");
        answer.set(doc("b"));
        clock.advance(RETRY.plusSeconds(1));
        cache.get(NO_WAIT);
        assertEquals(Optional.of(doc("b")), cache.get(NO_WAIT));
    }

    @Test
    void oneFetchAtATime() {
        answer.set(doc("a"));
        java.util.List<Runnable> queued = new java.util.ArrayList<>();
        CachedDocument cache = new CachedDocument("test document", () -> {
            fetches.incrementAndGet();
            return answer.get();
        }, queued::add, clock, TTL, RETRY);
        var first = cache.refresh();
        var second = cache.refresh();
        assertEquals(first, second, "a second caller joins the running fetch");
        assertEquals(Optional.empty(), cache.get(Duration.ofMillis(10)), "nothing yet: the fetch has not run");
        assertEquals(1, queued.size());
        queued.get(0).run();
        assertTrue(first.isDone());
        assertEquals(Optional.of(doc("a")), cache.get(NO_WAIT));
        assertEquals(1, fetches.get());
    }

    @Test
    void rejectedExecutionIsNoFetch() {
        CachedDocument cache = new CachedDocument("test document", () -> doc("a"), task -> {
            throw new java.util.concurrent.RejectedExecutionException("shutting down");
        }, clock, TTL, RETRY);
        assertNull(cache.refresh());
        assertEquals(Optional.empty(), cache.get(NO_WAIT));
    }

    @Test
    void onlyAJsonObjectCountsAsADocument() throws IOException {
        assertEquals(doc("a"), ClerkAuthorizationServerMetadata.parse(stream("{\"issuer\":\"a\"}")));
        assertFails(() -> ClerkAuthorizationServerMetadata.parse(stream("<html>Clerk is down</html>")));
        assertFails(() -> ClerkAuthorizationServerMetadata.parse(stream("[1, 2]")));
        assertFails(() -> ClerkAuthorizationServerMetadata.parse(stream("")));
        assertFails(() -> ClerkAuthorizationServerMetadata.parse(stream("{\"a\":\"" + "x".repeat(300_000) + "\"}")));
    }

    private static void assertFails(Executable parse) {
        org.junit.jupiter.api.Assertions.assertThrows(IOException.class, parse);
    }

    private static ByteArrayInputStream stream(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    private static final class MutableClock extends Clock {
        private Instant now = Instant.parse("2026-01-01T00:00:00Z");

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
