package io.gatehouse.persistence.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;

/**
 * Deletes a batch of a table's old rows, for a feature's {@link RetentionSweeps retention sweep}: at most
 * {@link RetentionSweeps#BATCH} rows that a condition selects, locked {@code FOR UPDATE SKIP LOCKED} so instances
 * sweeping at the same moment take different rows, in a transaction of its own.
 */
@ApplicationScoped
public class BatchedDeletion {

    @PersistenceContext
    EntityManager em;

    /**
     * The native statement that deletes one batch of {@code table}'s rows matching {@code condition} (with
     * {@code ?} parameters), picked by their {@code key} column.
     */
    public static String statement(String table, String key, String condition) {
        return "DELETE FROM " + table + " WHERE " + key + " IN (SELECT " + key + " FROM " + table + " WHERE "
                + condition + " FETCH FIRST " + RetentionSweeps.BATCH + " ROWS ONLY FOR UPDATE SKIP LOCKED)";
    }

    /** Runs a {@link #statement} with its parameters in order, in a transaction of its own; returns how many went. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int deleteBatch(String statement, Object... parameters) {
        Query delete = em.createNativeQuery(statement);
        for (int i = 0; i < parameters.length; i++) {
            delete.setParameter(i + 1, parameters[i]);
        }
        return delete.executeUpdate();
    }
}
