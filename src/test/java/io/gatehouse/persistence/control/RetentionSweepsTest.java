package io.gatehouse.persistence.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import org.junit.jupiter.api.Test;

class RetentionSweepsTest {

    @Test
    void batchesRunUntilOneComesBackShort() {
        Deque<Integer> batches = new ArrayDeque<>(List.of(RetentionSweeps.BATCH, RetentionSweeps.BATCH, 500, 1_000_000));
        assertEquals(2 * RetentionSweeps.BATCH + 500, RetentionSweeps.drain(batches::pop));
        assertEquals(1, batches.size(), "no batch after the short one");
    }

    @Test
    void anEmptyFirstBatchEndsTheSweep() {
        Deque<Integer> batches = new ArrayDeque<>(List.of(0, RetentionSweeps.BATCH));
        assertEquals(0, RetentionSweeps.drain(batches::pop));
        assertEquals(1, batches.size());
    }
}
