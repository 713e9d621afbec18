package io.gatehouse.streaming.control;

import java.util.ArrayDeque;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.LongSupplier;

/**
 * How many streams each principal holds on this instance, at most {@code limit}. An SSE stream takes a slot as it
 * opens; a WebSocket handshake reserves one before the upgrade (so a refusal can still be an HTTP answer) and its
 * connection claims it once open. A reservation never claimed (the upgrade failed, the client left) lapses after
 * {@code holdMillis}. Every change to a principal's count is one atomic {@link ConcurrentHashMap#compute}; a
 * principal holding nothing has no entry.
 */
final class StreamSlots {

    private final int limit;
    private final long holdMillis;
    private final LongSupplier clock;
    private final Map<UUID, Holding> held = new ConcurrentHashMap<>();

    StreamSlots(int limit, long holdMillis, LongSupplier clock) {
        this.limit = limit;
        this.holdMillis = holdMillis;
        this.clock = clock;
    }

    /** A slot for a stream opening now, or {@code null} when the principal already holds the limit. */
    Slot take(UUID principal) {
        return acquire(principal, false);
    }

    /** Reserves a slot for a WebSocket handshake; {@code false} when the principal already holds the limit. */
    boolean reserve(UUID principal) {
        boolean[] granted = {false};
        long now = clock.getAsLong();
        held.compute(principal, (id, current) -> {
            Holding holding = current == null ? new Holding() : current;
            holding.lapse(now);
            if (holding.count() < limit) {
                holding.reservations.addLast(now + holdMillis);
                granted[0] = true;
            }
            return holding.empty() ? null : holding;
        });
        return granted[0];
    }

    /** Gives a reservation back (the handshake was refused after all). */
    void cancel(UUID principal) {
        held.computeIfPresent(principal, (id, holding) -> {
            holding.reservations.pollLast();
            return holding.empty() ? null : holding;
        });
    }

    /**
     * The slot of a WebSocket connection that just opened: its principal's oldest reservation, or a free slot when
     * the reservation lapsed; {@code null} when none is left.
     */
    Slot claim(UUID principal) {
        return acquire(principal, true);
    }

    /** How many slots the principal holds, reservations included. */
    int held(UUID principal) {
        Holding holding = held.get(principal);
        return holding == null ? 0 : holding.count();
    }

    /** Drops lapsed reservations, and the entries of principals left holding nothing. */
    void forgetLapsed() {
        long now = clock.getAsLong();
        for (UUID principal : held.keySet()) {
            held.computeIfPresent(principal, (id, holding) -> {
                holding.lapse(now);
                return holding.empty() ? null : holding;
            });
        }
    }

    private Slot acquire(UUID principal, boolean reserved) {
        boolean[] granted = {false};
        long now = clock.getAsLong();
        held.compute(principal, (id, current) -> {
            Holding holding = current == null ? new Holding() : current;
            holding.lapse(now);
            if (reserved && holding.reservations.pollFirst() != null || holding.count() < limit) {
                holding.open++;
                granted[0] = true;
            }
            return holding.empty() ? null : holding;
        });
        return granted[0] ? new Slot(principal) : null;
    }

    private void release(UUID principal) {
        held.computeIfPresent(principal, (id, holding) -> {
            holding.open--;
            return holding.empty() ? null : holding;
        });
    }

    /** A principal's open streams and pending reservations (their deadlines, oldest first); guarded by compute. */
    private static final class Holding {

        int open;
        final ArrayDeque<Long> reservations = new ArrayDeque<>();

        int count() {
            return open + reservations.size();
        }

        boolean empty() {
            return count() <= 0;
        }

        void lapse(long now) {
            while (!reservations.isEmpty() && reservations.peekFirst() <= now) {
                reservations.pollFirst();
            }
        }
    }

    /** One stream's slot; giving it back more than once gives it back once. */
    final class Slot {

        private final UUID principal;
        private final AtomicBoolean released = new AtomicBoolean();

        private Slot(UUID principal) {
            this.principal = principal;
        }

        void release() {
            if (released.compareAndSet(false, true)) {
                StreamSlots.this.release(principal);
            }
        }
    }
}
