package io.gatehouse.persistence.control;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Reads every row a query selects, page after page in id order (the keyset {@code :after}), clearing the
 * persistence context after each page so a large table never sits in memory: how the caches are filled at boot.
 */
public final class KeysetPages {

    /** Rows per page. */
    public static final int PAGE = 5_000;

    private KeysetPages() {
    }

    /**
     * Hands every row to {@code each} and answers how many there were. {@code query} builds, for each page, a query
     * ordered by id with a parameter {@code after} (set here, from the smallest UUID, then the page's last id).
     * Runs in the caller's transaction.
     */
    public static <T> int forEach(EntityManager em, Supplier<TypedQuery<T>> query, Function<T, UUID> id,
            Consumer<T> each) {
        int total = 0;
        UUID after = new UUID(0, 0);
        while (true) {
            List<T> page = query.get()
                    .setParameter("after", after)
                    .setMaxResults(PAGE)
                    .getResultList();
            page.forEach(each);
            total += page.size();
            em.clear();
            if (page.size() < PAGE) {
                return total;
            }
            after = id.apply(page.get(page.size() - 1));
        }
    }
}
