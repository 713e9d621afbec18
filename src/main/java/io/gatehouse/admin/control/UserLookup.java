package io.gatehouse.admin.control;

import io.gatehouse.admin.entity.AdminException;
import io.gatehouse.kernel.FeatureException.Reason;
import io.gatehouse.accounts.entity.UserAccount;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.UUID;

/**
 * Finds the user an admin path names: by principal id (a UUID), or else by Clerk user id ({@code user_…}, exactly).
 * Anything else, an anonymous device's principal id included, is 404 {@value #NOT_FOUND}. Joins the caller's
 * transaction.
 */
@ApplicationScoped
public class UserLookup {

    public static final String NOT_FOUND = "User not found";
    private static final int MAX_CLERK_ID = 128;

    @PersistenceContext
    EntityManager em;

    public UserAccount find(String idOrClerkUserId) {
        UserAccount found = null;
        UUID principalId = uuid(idOrClerkUserId);
        if (principalId != null) {
            found = em.find(UserAccount.class, principalId);
        } else if (idOrClerkUserId != null && !idOrClerkUserId.isEmpty() && idOrClerkUserId.length() <= MAX_CLERK_ID) {
            found = em.createNamedQuery(UserAccount.BY_CLERK_ID, UserAccount.class)
                    .setParameter("clerkUserId", idOrClerkUserId)
                    .getResultStream()
                    .findFirst()
                    .orElse(null);
        }
        if (found == null) {
            throw new AdminException(Reason.NOT_FOUND, "not_found", NOT_FOUND);
        }
        return found;
    }

    private static UUID uuid(String text) {
        try {
            UUID id = UUID.fromString(text);
            return id.toString().equalsIgnoreCase(text) ? id : null;
        } catch (IllegalArgumentException | NullPointerException e) {
            return null;
        }
    }
}
