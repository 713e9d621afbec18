package io.gatehouse.plans.control;

import io.gatehouse.plans.entity.Profile;
import io.gatehouse.persistence.control.FindOrCreate;
import io.gatehouse.rebind.control.MergedAtRebind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;

/**
 * A rebind charges the credits a device used to the user, in the rebind's transaction: the device's
 * {@code credits_used} is added to the user's (whose profile is created if missing, on the free plan) and the
 * device's drops to 0, so rebinding devices never gives a user more runs than the plan allows, and a later rebind
 * charges only what the device used since. The user's count may end above the plan's total; further runs are then
 * refused as usual.
 */
@ApplicationScoped
public class CreditTransfer implements MergedAtRebind {

    @PersistenceContext
    EntityManager em;

    @Inject
    FindOrCreate findOrCreate;

    @Inject
    Clock clock;

    /** Creates the user's profile (its own transaction, as on first access) and locks the device's, if any. */
    @Override
    public void prepare(UUID device, UUID user) {
        findOrCreate.apply(() -> Optional.ofNullable(em.find(Profile.class, user)), () -> create(user));
        em.find(Profile.class, device, LockModeType.PESSIMISTIC_WRITE);
    }

    @Override
    public void merge(UUID device, UUID user) {
        Profile spent = em.find(Profile.class, device, LockModeType.PESSIMISTIC_WRITE);
        if (spent == null || spent.creditsUsed() == 0) {
            return;
        }
        em.createNamedQuery(Profile.ADD_USED)
                .setParameter("credits", spent.creditsUsed())
                .setParameter("principal", user)
                .executeUpdate();
        em.createNamedQuery(Profile.CLEAR_USED)
                .setParameter("principal", device)
                .executeUpdate();
    }

    private Profile create(UUID principalId) {
        Profile profile = new Profile(principalId, OffsetDateTime.now(clock));
        em.persist(profile);
        em.flush();
        return profile;
    }
}
