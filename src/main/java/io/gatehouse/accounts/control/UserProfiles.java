package io.gatehouse.accounts.control;

import io.gatehouse.accounts.entity.AccountException;
import io.gatehouse.kernel.FeatureException.Reason;
import io.gatehouse.accounts.entity.ProfileEdit;
import io.gatehouse.accounts.entity.UserAccount;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A signed-in user's own record: read it (completed from Clerk when it lacks email or name) and edit it. */
@ApplicationScoped
public class UserProfiles {

    @PersistenceContext
    EntityManager em;

    @Inject
    ClerkUsers clerkUsers;

    @Inject
    Clock clock;

    /** The user's row, after filling email and name from Clerk's Backend API if they are still missing. */
    public UserAccount of(UUID principalId) {
        clerkUsers.identity(principalId);
        return find(principalId);
    }

    @Transactional
    public UserAccount edit(UUID principalId, ProfileEdit edit) {
        UserAccount account = find(principalId);
        if (!edit.changes().isEmpty()) {
            account.edit(edit, OffsetDateTime.now(clock));
        }
        return account;
    }

    private UserAccount find(UUID principalId) {
        UserAccount account = em.find(UserAccount.class, principalId);
        if (account == null) {
            throw new AccountException(Reason.NOT_FOUND, "not_found", "User not found");
        }
        return account;
    }
}
