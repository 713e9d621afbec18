package io.gatehouse.admin.control;

import io.gatehouse.admin.entity.UserCursor;
import io.gatehouse.admin.entity.UserSearch;
import io.gatehouse.accounts.entity.UserAccount;
import io.gatehouse.admin.entity.UserPage;
import io.gatehouse.admin.entity.UserSummary;
import io.gatehouse.lockout.control.UserLockout;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds users (signed-in principals: Clerk users and the local admin, never anonymous devices) a page at a time,
 * newest first, by keyset on ({@code created_at}, principal id): pages never repeat or skip a user while nothing
 * changes. Email and name match as case-insensitive substrings, so a search reads every row (no index serves a
 * substring); that is fine for an operator's occasional search, and paging stays a keyset read.
 */
@ApplicationScoped
public class UserDirectory {

    private static final String ESCAPE = " ESCAPE '" + UserSearch.ESCAPE + "'";

    @PersistenceContext
    EntityManager em;

    @Inject
    UserLockout lockout;

    @Transactional
    public UserPage page(UserSearch search) {
        List<UserAccount> found = select(search, search.limit() + 1);
        boolean more = found.size() > search.limit();
        List<UserAccount> page = more ? found.subList(0, search.limit()) : found;
        String next = more ? UserCursor.after(page.get(page.size() - 1)).encode() : null;
        List<UserSummary> users = page.stream().map(user -> UserSummary.of(user, lockout.state(user.principalId()))).toList();
        return new UserPage(users, next);
    }

    private List<UserAccount> select(UserSearch search, int max) {
        List<String> conditions = new ArrayList<>();
        if (search.text().isPresent()) {
            conditions.add("(LOWER(u.email) LIKE :contains" + ESCAPE + " OR LOWER(u.name) LIKE :contains" + ESCAPE
                    + " OR u.clerkUserId LIKE :prefix" + ESCAPE + (search.principalId().isPresent() ? " OR u.principalId = :id" : "")
                    + ")");
        }
        search.cursor().ifPresent(cursor -> conditions.add("(u.createdAt < :at OR (u.createdAt = :at AND u.principalId < :after))"));
        String where = conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
        TypedQuery<UserAccount> query = em.createQuery("SELECT u FROM UserAccount u" + where
                + " ORDER BY u.createdAt DESC, u.principalId DESC", UserAccount.class);
        if (search.text().isPresent()) {
            query.setParameter("contains", search.containsPattern()).setParameter("prefix", search.prefixPattern());
            search.principalId().ifPresent(id -> query.setParameter("id", id));
        }
        search.cursor().ifPresent(cursor -> query.setParameter("at", cursor.createdAt()).setParameter("after", cursor.principalId()));
        return query.setMaxResults(max).getResultList();
    }
}
