package io.gatehouse.streaming.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class StreamSlotsTest {

    private final AtomicLong now = new AtomicLong(1_000_000);
    private final StreamSlots slots = new StreamSlots(2, 10_000, now::get);
    private final UUID ada = UUID.randomUUID();

    @Test
    void aPrincipalHoldsAtMostTheLimitAndAReleasedSlotIsFreeAgain() {
        StreamSlots.Slot first = slots.take(ada);
        assertNotNull(first);
        assertNotNull(slots.take(ada));
        assertNull(slots.take(ada), "the third");
        assertNotNull(slots.take(UUID.randomUUID()), "another principal has slots of its own");

        first.release();
        first.release();
        assertEquals(1, slots.held(ada), "a slot released twice is released once");
        assertNotNull(slots.take(ada));
        assertNull(slots.take(ada));
    }

    @Test
    void aHandshakeReservesASlotThatItsConnectionClaims() {
        assertTrue(slots.reserve(ada));
        assertTrue(slots.reserve(ada));
        assertFalse(slots.reserve(ada), "reservations count against the limit");
        assertNull(slots.take(ada), "so do they for SSE streams");

        StreamSlots.Slot claimed = slots.claim(ada);
        assertNotNull(claimed);
        assertEquals(2, slots.held(ada), "claiming turns a reservation into an open stream");
        slots.cancel(ada);
        assertEquals(1, slots.held(ada));
        claimed.release();
        assertEquals(0, slots.held(ada));
    }

    @Test
    void anUnclaimedReservationLapses() {
        assertTrue(slots.reserve(ada));
        assertTrue(slots.reserve(ada));
        now.addAndGet(10_001);
        assertNotNull(slots.take(ada), "lapsed reservations no longer count");
        assertNotNull(slots.claim(ada), "a connection whose reservation lapsed still gets a free slot");
        assertNull(slots.claim(ada), "but not beyond the limit");

        UUID gone = UUID.randomUUID();
        assertTrue(slots.reserve(gone));
        now.addAndGet(10_001);
        slots.forgetLapsed();
        assertEquals(0, slots.held(gone));
    }

    @Test
    void racingTakesNeverExceedTheLimit() throws Exception {
        StreamSlots wide = new StreamSlots(20, 10_000, now::get);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        CountDownLatch start = new CountDownLatch(1);
        AtomicInteger granted = new AtomicInteger();
        List<StreamSlots.Slot> taken = java.util.Collections.synchronizedList(new ArrayList<>());
        for (int i = 0; i < 200; i++) {
            pool.execute(() -> {
                try {
                    start.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                StreamSlots.Slot slot = wide.take(ada);
                if (slot != null) {
                    granted.incrementAndGet();
                    taken.add(slot);
                }
            });
        }
        start.countDown();
        pool.shutdown();
        assertTrue(pool.awaitTermination(10, TimeUnit.SECONDS));
        assertEquals(20, granted.get());
        taken.forEach(StreamSlots.Slot::release);
        assertEquals(0, wide.held(ada));
    }
}
