package io.gatehouse.persistence.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.util.Collections;
import java.util.List;

/**
 * Deletes a batch of a table's old rows, for a feature's {@link RetentionSweeps retention sweep}: at most
 * {@link RetentionSweeps#BATCH} rows that a condition selects, locked {@code FOR UPDATE SKIP LOCKED} so instances
 * sweeping at the same moment take different rows, then deleted by their key, in a transaction of its own.
 * <p>
 * Two statements rather than one {@code DELETE … WHERE key IN (SELECT … FOR UPDATE SKIP LOCKED)}: H2 evaluates such
 * a subquery again for every row it looks at, so one batch of 1,000 rows took seconds (holding its locks all that
 * time); selected first and deleted through the primary key, the same batch takes tens of milliseconds on H2 and
 * PostgreSQL alike.
 */
@ApplicationScoped
public class BatchedDeletion {

    @PersistenceContext
    EntityManager em;

    /**
     * The rows of {@code table} that {@code condition} (with {@code ?} parameters) selects, told apart by the
     * {@code key} column of SQL type {@code keyType} (e.g. {@code UUID}, {@code VARCHAR(255)}).
     */
    public record Rows(String table, String key, String keyType, String condition) {

        /** The statement that locks one batch and answers the keys as text. */
        public String select() {
            return "SELECT CAST(" + key + " AS VARCHAR(255)) FROM " + table + " WHERE " + condition
                    + " FETCH FIRST " + RetentionSweeps.BATCH + " ROWS ONLY FOR UPDATE SKIP LOCKED";
        }

        /** The statement that deletes {@code count} rows by their keys, given as text. */
        public String delete(int count) {
            return "DELETE FROM " + table + " WHERE " + key + " IN ("
                    + String.join(", ", Collections.nCopies(count, "CAST(? AS " + keyType + ")")) + ")";
        }
    }

    /** Deletes one batch of {@code rows}, the condition's parameters in order, in a transaction of its own. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int deleteBatch(Rows rows, Object... parameters) {
        Query select = em.createNativeQuery(rows.select());
        for (int i = 0; i < parameters.length; i++) {
            select.setParameter(i + 1, parameters[i]);
        }
        List<?> keys = select.getResultList();
        if (keys.isEmpty()) {
            return 0;
        }
        Query delete = em.createNativeQuery(rows.delete(keys.size()));
        for (int i = 0; i < keys.size(); i++) {
            delete.setParameter(i + 1, keys.get(i).toString());
        }
        return delete.executeUpdate();
    }
}
