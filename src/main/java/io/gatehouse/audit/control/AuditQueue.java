package io.gatehouse.audit.control;

import io.gatehouse.kernel.SecurityEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The bounded hand-over between the threads that report events and the one that writes them: adding never
 * blocks (a full queue drops the event and counts it), and at most one drain runs at a time.
 */
final class AuditQueue {

    private final BlockingQueue<SecurityEvent> events;
    private final AtomicBoolean draining = new AtomicBoolean();
    private final AtomicLong dropped = new AtomicLong();
    private final AtomicLong droppedSinceStart = new AtomicLong();

    AuditQueue(int capacity) {
        events = new ArrayBlockingQueue<>(capacity);
    }

    /** Queues the event, or drops and counts it when full; returns whether the caller must start a drain. */
    boolean offer(SecurityEvent event) {
        if (!events.offer(event)) {
            dropped.incrementAndGet();
            droppedSinceStart.incrementAndGet();
            return false;
        }
        return draining.compareAndSet(false, true);
    }

    /** Up to {@code max} events, oldest first; empty when there are none. */
    List<SecurityEvent> next(int max) {
        List<SecurityEvent> batch = new ArrayList<>(Math.min(max, Math.max(events.size(), 1)));
        events.drainTo(batch, max);
        return batch;
    }

    /** Ends a drain; returns whether the caller must drain again (events came in after it last looked). */
    boolean finishDrain() {
        draining.set(false);
        return !events.isEmpty() && draining.compareAndSet(false, true);
    }

    /** Claims the drain when events wait and none runs (a drain that could not be started, say). */
    boolean claimIfWaiting() {
        return !events.isEmpty() && draining.compareAndSet(false, true);
    }

    /** Gives up a claimed drain that could not be started; the events stay queued. */
    void abandonDrain() {
        draining.set(false);
    }

    /** How many events were dropped since the last call. */
    long takeDropped() {
        return dropped.getAndSet(0);
    }

    /** How many events were dropped since the queue was made. */
    long droppedSinceStart() {
        return droppedSinceStart.get();
    }

    int size() {
        return events.size();
    }
}
