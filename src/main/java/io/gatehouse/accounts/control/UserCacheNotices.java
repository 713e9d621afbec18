package io.gatehouse.accounts.control;

import java.util.UUID;

/**
 * Tells every instance that what it remembers about a user is stale (the user was deleted, banned, locked or
 * unlocked), so the next request reads the database. Single-instance, the notice stays here; clustered
 * ({@code io.gatehouse.cluster}), it also crosses the data grid. Chosen at start-up by the cluster package.
 */
public interface UserCacheNotices {

    /** @param clerkUserId the user's Clerk id when known, else {@code null} (the principal id is enough) */
    void userChanged(UUID principalId, String clerkUserId);
}
