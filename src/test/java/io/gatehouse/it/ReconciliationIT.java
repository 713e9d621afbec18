package io.gatehouse.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gatehouse.kernel.TokenHash;
import io.gatehouse.testing.DatabaseContents;
import io.gatehouse.testing.HttpReply;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/**
 * Reconciliation on a single instance: a revocation that reached the database but not the instance's memory (as a
 * missed cluster notice would) is enforced within {@code CLUSTER_RECONCILE_SECONDS}; every revocation the instance
 * makes itself is journalled in the same transaction. Deployed with a 1-second interval.
 */
class ReconciliationIT extends SecretsDeployment {

    @Test
    void aRevocationTheInstanceWasNeverToldOfIsRefusedWithinTheReconcileInterval() throws Exception {
        String token = http().anonymousToken(newDeviceId());
        assertEquals(200, http().get("/projects").bearer(token).send().status());

        long start = System.nanoTime();
        revokeBehindTheInstancesBack(token);
        HttpReply reply;
        long elapsed;
        do {
            Thread.sleep(20);
            reply = http().get("/projects").bearer(token).send();
            elapsed = (System.nanoTime() - start) / 1_000_000;
        } while (reply.status() == 200 && elapsed < 10_000);

        System.out.printf("a revocation written only to the database was refused after %d ms "
                + "(CLUSTER_RECONCILE_SECONDS=%d)%n", elapsed, RECONCILE_SECONDS);
        assertProblem(reply, 401, "Invalid token: session revoked");
        assertTrue(elapsed <= RECONCILE_SECONDS * 1000L + 1_500, "refused after " + elapsed + " ms");
    }

    @Test
    void aLogoutIsJournalledInTheSameTransaction() throws Exception {
        String token = http().anonymousToken(newDeviceId());
        String hash = TokenHash.of(token).hex();
        assertEquals(0, DatabaseContents.count(database(), "revoked_tokens", "token_hash = '" + hash + "'"));

        assertEquals(200, http().delete("/auth/session").bearer(token).send().status());

        assertEquals(1, DatabaseContents.count(database(), "revoked_tokens", "token_hash = '" + hash + "'"));
    }

    private static void revokeBehindTheInstancesBack(String token) throws SQLException {
        DatabaseContents.revokeOnlyInTheDatabase(database(), TokenHash.of(token).hex());
    }
}
