package io.gatehouse.audit.control;

import io.gatehouse.kernel.SecurityEvent;
import io.gatehouse.kernel.SecurityEventType;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class AuditQueueTest {

    private static SecurityEvent event() {
        return SecurityEvent.of(SecurityEventType.TOKEN_REFUSED, null, null, "invalid_token", null);
    }

    @Test
    void onlyTheFirstOfferStartsADrain() {
        AuditQueue queue = new AuditQueue(10);
        assertTrue(queue.offer(event()));
        assertFalse(queue.offer(event()), "a drain is already claimed");
        assertEquals(2, queue.next(500).size());
        assertFalse(queue.finishDrain(), "nothing waits");
        assertTrue(queue.offer(event()), "the next event starts a new drain");
    }

    @Test
    void aFullQueueDropsAndCountsWithoutBlocking() {
        AuditQueue queue = new AuditQueue(3);
        for (int i = 0; i < 10; i++) {
            queue.offer(event());
        }
        assertEquals(3, queue.size());
        assertEquals(7, queue.takeDropped());
        assertEquals(0, queue.takeDropped(), "counted once");
    }

    @Test
    void batchesAreBoundedAndEventsArrivingDuringADrainAreNotStranded() {
        AuditQueue queue = new AuditQueue(10);
        queue.offer(event());
        for (int i = 0; i < 4; i++) {
            queue.offer(event());
        }
        List<SecurityEvent> first = queue.next(2);
        assertEquals(2, first.size());
        assertEquals(3, queue.size());
        assertTrue(queue.finishDrain(), "events still wait: drain again");
        assertEquals(3, queue.next(500).size());
        assertFalse(queue.finishDrain());
    }

    @Test
    void anAbandonedDrainIsClaimedAgainLater() {
        AuditQueue queue = new AuditQueue(10);
        assertTrue(queue.offer(event()));
        queue.abandonDrain();
        assertTrue(queue.claimIfWaiting());
        assertFalse(queue.claimIfWaiting(), "claimed already");
    }
}
