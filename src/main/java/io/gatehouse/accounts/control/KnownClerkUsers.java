package io.gatehouse.accounts.control;

import io.gatehouse.accounts.entity.SyncedUser;
import io.gatehouse.accounts.entity.UserAccount;
import io.gatehouse.accounts.entity.UserCacheStale;
import jakarta.persistence.EntityManager;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What this instance last wrote for each Clerk user ({@link SyncedUser}), so unchanged claims cost no database
 * write. Forgotten on a {@link UserCacheStale} notice from any instance; and, in case a notice was missed (a
 * partition), an entry older than the recheck interval is confirmed against the database before it is trusted,
 * so a user deleted elsewhere is never served from here for longer than that. Bounded: past
 * {@link #MAX_REMEMBERED} users the memory starts afresh.
 */
final class KnownClerkUsers {

    static final int MAX_REMEMBERED = 100_000;

    private final Map<String, Remembered> users = new ConcurrentHashMap<>();

    /** The user as last synced here, or null if unknown or if a recheck finds the user gone. */
    SyncedUser get(String clerkUserId, long nowMillis, long recheckMillis, EntityManager em) {
        Remembered known = users.get(clerkUserId);
        if (known == null) {
            return null;
        }
        if (nowMillis - known.checkedAtMillis() < recheckMillis) {
            return known.user();
        }
        if (em.find(UserAccount.class, known.user().principalId()) == null) {
            users.remove(clerkUserId, known);
            return null;
        }
        users.replace(clerkUserId, known, new Remembered(known.user(), nowMillis));
        return known.user();
    }

    void put(String clerkUserId, SyncedUser user, long nowMillis) {
        if (users.size() >= MAX_REMEMBERED && !users.containsKey(clerkUserId)) {
            users.clear();
        }
        users.put(clerkUserId, new Remembered(user, nowMillis));
    }

    void forget(UserCacheStale stale) {
        if (stale.clerkUserId() != null) {
            users.remove(stale.clerkUserId());
        }
        UUID principalId = stale.principalId();
        if (principalId != null) {
            users.values().removeIf(known -> known.user().principalId().equals(principalId));
        }
    }

    void forget(String clerkUserId) {
        users.remove(clerkUserId);
    }

    private record Remembered(SyncedUser user, long checkedAtMillis) {
    }
}
