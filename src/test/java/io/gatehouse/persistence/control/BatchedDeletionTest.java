package io.gatehouse.persistence.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class BatchedDeletionTest {

    @Test
    void aBatchIsTheRowsTheConditionSelectsLockedWithoutWaitingAndPickedByTheirKey() {
        assertEquals("DELETE FROM webhook_deliveries WHERE svix_id IN (SELECT svix_id FROM webhook_deliveries"
                        + " WHERE received_at < ? FETCH FIRST 1000 ROWS ONLY FOR UPDATE SKIP LOCKED)",
                BatchedDeletion.statement("webhook_deliveries", "svix_id", "received_at < ?"));
    }
}
