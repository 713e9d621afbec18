package io.gatehouse.accounts.control;

import io.gatehouse.accounts.entity.UserAccount;
import jakarta.enterprise.context.ApplicationScoped;
import io.gatehouse.accounts.entity.UserDeleting;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Optional;
import java.util.UUID;

/**
 * Deletes a user's principal in one transaction: its sessions and agent tokens are revoked (every cache
 * learns of it once the transaction committed), and the database's cascades delete the user row, the
 * sessions, tokens, memberships and every owned row with it. Either all of it happens or none.
 */
@ApplicationScoped
public class LocalUserDeletion {

    @PersistenceContext
    EntityManager em;

    /** Sessions and agent tokens observe it and are revoked in this transaction. */
    @Inject
    Event<UserDeleting> deleting;

    /** Deletes the user; returns the Clerk user id it had, or empty when there was no such user. */
    @Transactional
    public Optional<String> delete(UUID principalId) {
        UserAccount account = em.find(UserAccount.class, principalId);
        if (account == null) {
            return Optional.empty();
        }
        String clerkUserId = account.clerkUserId();
        deleting.fire(new UserDeleting(principalId));
        em.flush();
        em.clear();
        em.createQuery("DELETE FROM Principal p WHERE p.id = :id").setParameter("id", principalId).executeUpdate();
        return Optional.of(clerkUserId);
    }
}
