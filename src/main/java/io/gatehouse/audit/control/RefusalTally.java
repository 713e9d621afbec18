package io.gatehouse.audit.control;

import io.gatehouse.kernel.KeyValues;
import io.gatehouse.kernel.SecurityEvent;
import io.gatehouse.kernel.SecurityEventType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * Refused credentials of the current window, counted per refusal code and client address: one
 * {@code token.refused} event per pair when the window is taken, carrying the count. Bounded: at most
 * {@code maxAddresses} pairs per window; refusals of further pairs are counted under the address
 * {@value #OTHER} (one more pair per code). Counting never blocks on another count, and no refusal is lost
 * or counted twice across a {@link #take()}.
 */
final class RefusalTally {

    /** The address that stands for every address past the cap of a window. */
    static final String OTHER = "other";

    private record Key(String reason, String ip) {
    }

    /** A pair's count, with the time, credential and message of its first refusal. */
    private static final class Count {

        final Instant first;
        final String credential;
        final String message;
        final LongAdder refusals = new LongAdder();

        Count(Instant first, String credential, String message) {
            this.first = first;
            this.credential = credential;
            this.message = message;
        }
    }

    private final int maxAddresses;
    private final ReadWriteLock swap = new ReentrantReadWriteLock();
    private Map<Key, Count> window = new ConcurrentHashMap<>();
    private AtomicInteger pairs = new AtomicInteger();

    RefusalTally(int maxAddresses) {
        this.maxAddresses = maxAddresses;
    }

    /** Counts one refusal; {@code ip} may be {@code null} (counted as an address of its own). */
    void count(String reason, String ip, String credential, String message, Instant at) {
        swap.readLock().lock();
        try {
            Key key = new Key(reason, ip);
            Count count = window.get(key);
            if (count == null) {
                AtomicInteger admitted = pairs;
                count = window.computeIfAbsent(key, k -> admitted.incrementAndGet() <= maxAddresses
                        ? new Count(at, credential, message) : null);
                if (count == null) {
                    count = window.computeIfAbsent(new Key(reason, OTHER), k -> new Count(at, credential, message));
                }
            }
            count.refusals.increment();
        } finally {
            swap.readLock().unlock();
        }
    }

    /** A window taken: its events, oldest first refusal first, and how many refusals they count together. */
    record Window(List<SecurityEvent> events, long refusals) {
    }

    /** The window so far, and a new empty one. */
    Window take() {
        Map<Key, Count> taken;
        swap.writeLock().lock();
        try {
            taken = window;
            window = new ConcurrentHashMap<>();
            pairs = new AtomicInteger();
        } finally {
            swap.writeLock().unlock();
        }
        List<SecurityEvent> events = new ArrayList<>(taken.size());
        long refusals = 0;
        for (Map.Entry<Key, Count> entry : taken.entrySet()) {
            events.add(event(entry.getKey(), entry.getValue()));
            refusals += entry.getValue().refusals.sum();
        }
        events.sort((a, b) -> a.occurredAt().compareTo(b.occurredAt()));
        return new Window(events, refusals);
    }

    /**
     * The row: its time is the first refusal's; its detail the count first (so clipping never takes it), then the
     * first refusal's credential kind and message.
     */
    private static SecurityEvent event(Key key, Count count) {
        String detail = KeyValues.of("count", count.refusals.sum()).and("credential", count.credential)
                .and("message", count.message).toString();
        return new SecurityEvent(SecurityEventType.TOKEN_REFUSED, count.first, null, null, key.reason(), key.ip(), detail);
    }

    /** Pairs counted in the current window so far (the overflow pairs included). */
    int size() {
        return window.size();
    }
}
