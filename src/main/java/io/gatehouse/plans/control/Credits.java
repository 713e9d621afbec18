package io.gatehouse.plans.control;

import io.gatehouse.plans.entity.PlanException;
import io.gatehouse.kernel.FeatureException.Reason;
import io.gatehouse.plans.entity.Profile;
import io.gatehouse.persistence.control.FindOrCreate;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;

/**
 * Spends a principal's credits, one per research run. The credit is taken by one conditional
 * {@code UPDATE … SET credits_used = credits_used + 1 WHERE credits_used < total} in the caller's transaction:
 * the row lock makes concurrent spenders wait for each other, so the last credit goes to exactly one of them,
 * and a rolled-back run gives its credit back.
 */
@ApplicationScoped
public class Credits {

    @PersistenceContext
    EntityManager em;

    @Inject
    FindOrCreate findOrCreate;

    @Inject
    PlanSettings plans;

    @Inject
    Clock clock;

    /** Takes one credit, creating the profile on first use; 402 {@code insufficient_credits} when none is left. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void spendOne(UUID principalId) {
        Profile profile = findOrCreate.apply(() -> Optional.ofNullable(em.find(Profile.class, principalId)),
                () -> create(principalId));
        int total = plans.creditsOf(profile.plan());
        int taken = em.createNamedQuery(Profile.SPEND_ONE)
                .setParameter("principal", principalId)
                .setParameter("plan", profile.plan())
                .setParameter("total", total)
                .executeUpdate();
        if (taken == 0) {
            throw new PlanException(Reason.PAYMENT_REQUIRED, "insufficient_credits",
                    "No credits left: all " + total + " credits of the " + profile.plan() + " plan are used");
        }
    }

    private Profile create(UUID principalId) {
        Profile profile = new Profile(principalId, OffsetDateTime.now(clock));
        em.persist(profile);
        em.flush();
        return profile;
    }
}
