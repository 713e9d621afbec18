package io.gatehouse.accounts;

import java.util.UUID;

/** What this instance last wrote for a Clerk user, so unchanged claims cost no database write. */
record SyncedUser(UUID principalId, String email, String name) {

    static SyncedUser of(UserAccount account) {
        return new SyncedUser(account.principalId(), account.email(), account.name());
    }

    /** Whether syncing these claim values would change nothing. */
    boolean covers(String claimedEmail, String claimedName) {
        return (claimedEmail == null || claimedEmail.equals(email))
                && (claimedName == null || name != null)
                && email != null && name != null;
    }
}
