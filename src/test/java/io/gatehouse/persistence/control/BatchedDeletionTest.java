package io.gatehouse.persistence.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class BatchedDeletionTest {

    private final BatchedDeletion.Rows old =
            new BatchedDeletion.Rows("webhook_deliveries", "svix_id", "VARCHAR(128)", "received_at < ?");

    @Test
    void aBatchIsTheRowsTheConditionSelectsLockedWithoutWaiting() {
        assertEquals("SELECT CAST(svix_id AS VARCHAR(255)) FROM webhook_deliveries WHERE received_at < ?"
                + " FETCH FIRST 1000 ROWS ONLY FOR UPDATE SKIP LOCKED", old.select());
    }

    @Test
    void theLockedRowsAreDeletedByTheirKey() {
        assertEquals("DELETE FROM webhook_deliveries WHERE svix_id IN (CAST(? AS VARCHAR(128)), CAST(? AS VARCHAR(128)))",
                old.delete(2));
    }
}
