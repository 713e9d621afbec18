package io.gatehouse.accounts.control;

import io.gatehouse.accounts.entity.AccountException;
import io.gatehouse.kernel.FeatureException.Reason;
import io.gatehouse.accounts.control.ClerkUsers;
import io.gatehouse.accounts.control.LocalAdmin;
import io.gatehouse.accounts.control.UserCacheNotices;
import io.gatehouse.kernel.SecurityEvent;
import io.gatehouse.kernel.SecurityEvents;
import io.gatehouse.clerk.control.ClerkBackendClient;
import io.gatehouse.clerk.control.ClerkSettings;
import io.gatehouse.kernel.Caller;
import io.gatehouse.kernel.CallerKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Deletes users: a user deleting their own account (Clerk first, so a Clerk failure leaves everything in
 * place), or a user Clerk reports deleted (locally only).
 */
@ApplicationScoped
public class UserDeletion {

    @Inject
    ClerkBackendClient clerk;

    @Inject
    ClerkSettings settings;

    @Inject
    LocalUserDeletion local;

    @Inject
    ClerkUsers clerkUsers;

    @Inject
    LocalAdmin localAdmin;

    @Inject
    UserCacheNotices userCacheNotices;

    @Inject
    SecurityEvents audit;

    /** {@code DELETE /api/v1/users/me}. */
    public void deleteOwnAccount(Caller caller) {
        if (caller.kind() == CallerKind.CLERK && settings.deleteUsers() && !clerk.deleteUser(caller.subject())) {
            throw new AccountException(Reason.UPSTREAM_FAILED, "clerk_unavailable",
                    "Clerk could not delete the user; nothing was deleted, try again later", true, Map.of());
        }
        forget(caller.principalId(), local.delete(caller.principalId()), caller.kind());
        audit.fire(SecurityEvent.userDeleted(caller.principalId(), "self"));
    }

    /** A {@code user.deleted} event from Clerk: deletes the local user, if known, without calling Clerk. */
    public boolean deleteDeletedInClerk(String clerkUserId) {
        Optional<UUID> principal = clerkUsers.principalOf(clerkUserId);
        if (principal.isEmpty()) {
            return false;
        }
        forget(principal.get(), local.delete(principal.get()), CallerKind.CLERK);
        audit.fire(SecurityEvent.userDeleted(principal.get(), "clerk_webhook"));
        return true;
    }

    /** What any instance remembers of the deleted user goes, on every instance. */
    private void forget(UUID principalId, Optional<String> deleted, CallerKind kind) {
        deleted.ifPresent(clerkUserId -> {
            if (kind == CallerKind.LOCAL) {
                localAdmin.forget();
            } else {
                clerkUsers.forget(clerkUserId);
            }
            userCacheNotices.userChanged(principalId, clerkUserId);
        });
    }
}
