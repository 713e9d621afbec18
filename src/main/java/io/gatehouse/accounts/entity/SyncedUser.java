package io.gatehouse.accounts.entity;

import io.gatehouse.clerk.entity.ActiveOrganization;
import java.util.Optional;
import java.util.UUID;

/**
 * What this instance last wrote for a Clerk user, so unchanged claims cost no database write.
 *
 * @param organization the active organization last mirrored, or {@code null}
 */
public record SyncedUser(UUID principalId, String email, String name, ActiveOrganization organization) {

    public static SyncedUser of(UserAccount account) {
        return new SyncedUser(account.principalId(), account.email(), account.name(), null);
    }

    public SyncedUser with(Optional<ActiveOrganization> active) {
        return new SyncedUser(principalId, email, name, active.orElse(organization));
    }

    /** Whether syncing these claim values would change nothing. */
    public boolean covers(String claimedEmail, String claimedName, Optional<ActiveOrganization> active) {
        return (claimedEmail == null || claimedEmail.equals(email))
                && (claimedName == null || name != null)
                && email != null && name != null
                && (active.isEmpty() || active.get().equals(organization));
    }
}
