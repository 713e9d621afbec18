package io.gatehouse.clerk.control;

import jakarta.json.JsonObject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.logging.Logger;

/**
 * A remote JSON document kept in memory: fetched on the executor, one fetch at a time; once older than the
 * time-to-live it is still served while a fresh copy is fetched in the background, and it is kept, however
 * old, while the source fails. After a failure the source is not asked again before the retry interval.
 */
public final class CachedDocument {

    /** Fetches the document; any exception counts as a failure. */
    @FunctionalInterface
    public interface Source {
        JsonObject fetch() throws Exception;
    }

    private record Copy(JsonObject document, Instant fetchedAt) {
    }

    private static final Logger LOG = Logger.getLogger(CachedDocument.class.getName());

    private final String name;
    private final Source source;
    private final Executor executor;
    private final Clock clock;
    private final Duration timeToLive;
    private final Duration retryInterval;

    private volatile Copy copy;
    private CompletableFuture<Void> inFlight;
    private Instant lastFailure;

    public CachedDocument(String name, Source source, Executor executor, Clock clock, Duration timeToLive,
            Duration retryInterval) {
        this.name = name;
        this.source = source;
        this.executor = executor;
        this.clock = clock;
        this.timeToLive = timeToLive;
        this.retryInterval = retryInterval;
    }

    /**
     * The document: the cached copy at once (starting a background refresh when it is stale); without one,
     * waits up to {@code wait} for a fetch, unless the source failed within the retry interval.
     */
    public Optional<JsonObject> get(Duration wait) {
        Copy known = copy;
        if (known != null) {
            if (known.fetchedAt().plus(timeToLive).isBefore(clock.instant())) {
                refresh();
            }
            return Optional.of(known.document());
        }
        CompletableFuture<Void> fetching = refresh();
        if (fetching != null) {
            try {
                fetching.get(wait.toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (ExecutionException | TimeoutException e) {
                // answered below: still no copy
            }
        }
        return Optional.ofNullable(copy).map(Copy::document);
    }

    /** Whether a copy was ever fetched. */
    public boolean loaded() {
        return copy != null;
    }

    /** Starts a fetch unless one is running or the source failed within the retry interval; the running fetch or null. */
    public synchronized CompletableFuture<Void> refresh() {
        if (inFlight != null) {
            return inFlight;
        }
        if (lastFailure != null && lastFailure.plus(retryInterval).isAfter(clock.instant())) {
            return null;
        }
        CompletableFuture<Void> fetching = new CompletableFuture<>();
        inFlight = fetching;
        try {
            executor.execute(() -> load(fetching));
        } catch (RejectedExecutionException e) {
            inFlight = null;
            fetching.complete(null);
            return null;
        }
        return fetching;
    }

    private void load(CompletableFuture<Void> fetching) {
        JsonObject fetched = null;
        try {
            fetched = source.fetch();
        } catch (Exception e) {
            LOG.warning(() -> name + " could not be fetched (" + e.getMessage() + ")"
                    + (copy == null ? "; none cached yet" : "; serving the cached copy"));
        } finally {
            settle(fetching, fetched);
        }
    }

    private void settle(CompletableFuture<Void> fetching, JsonObject fetched) {
        synchronized (this) {
            if (fetched != null) {
                copy = new Copy(fetched, clock.instant());
                lastFailure = null;
            } else {
                lastFailure = clock.instant();
            }
            if (inFlight == fetching) {
                inFlight = null;
            }
        }
        fetching.complete(null);
    }
}
