package io.gatehouse.publishing.control;

import io.gatehouse.publishing.entity.PublishingException;
import io.gatehouse.kernel.FeatureException.Reason;
import io.gatehouse.accounts.entity.UserAccount;
import io.gatehouse.publishing.entity.Creator;
import io.gatehouse.publishing.entity.ProjectShare;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.SecureRandom;
import java.util.Map;
import java.util.Optional;

/** Gives a publishing user their public handle: the one asked for, or one derived from their name. */
@ApplicationScoped
public class Handles {

    private static final int ATTEMPTS = 20;

    @PersistenceContext
    EntityManager em;

    private final SecureRandom random = new SecureRandom();

    /** Within the caller's transaction: sets {@code requested}, or derives a handle when the user has none. */
    public void settle(UserAccount user, String requested) {
        if (requested != null) {
            if (!requested.equals(user.handle())) {
                if (holder(requested).isPresent()) {
                    throw new PublishingException(Reason.CONFLICT, "handle_taken", "handle " + requested + " is already taken");
                }
                user.setHandle(requested);
            }
            return;
        }
        if (user.handle() == null) {
            user.setHandle(derive(Creator.of(null, user.preferredName(), user.name()).displayName()));
        }
    }

    public Optional<UserAccount> holder(String handle) {
        return em.createNamedQuery(ProjectShare.CREATOR_BY_HANDLE, UserAccount.class)
                .setParameter("handle", handle)
                .getResultList()
                .stream()
                .findFirst();
    }

    private String derive(String displayName) {
        String base = HandleNames.base(displayName);
        if (HandleNames.usableAlone(base) && holder(base).isEmpty()) {
            return base;
        }
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            String candidate = HandleNames.withSuffix(base, random);
            if (holder(candidate).isEmpty()) {
                return candidate;
            }
        }
        throw new PublishingException(Reason.CONFLICT, "handle_taken", "No free handle could be derived; choose one with \"handle\"",
                true, Map.of());
    }
}
