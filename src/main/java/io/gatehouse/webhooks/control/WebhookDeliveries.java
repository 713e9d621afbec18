package io.gatehouse.webhooks.control;

import io.gatehouse.webhooks.entity.WebhookDelivery;
import io.gatehouse.accounts.entity.ClerkFlags;
import io.gatehouse.accounts.control.ClerkUsers;
import io.gatehouse.clerk.control.ClerkProfileClaims;
import io.gatehouse.accounts.control.UserDeletion;
import io.gatehouse.lockout.control.UserLockout;
import io.gatehouse.sessions.control.ClerkSessionEnds;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.logging.Logger;

/**
 * Applies one verified delivery in one transaction together with the record that it was applied, so a
 * retried delivery is recognised and a failed one leaves nothing behind.
 */
@ApplicationScoped
public class WebhookDeliveries {

    private static final Logger LOG = Logger.getLogger(WebhookDeliveries.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    ClerkUsers users;

    @Inject
    UserDeletion deletion;

    @Inject
    Clock clock;

    @Inject
    ClerkSessionEnds sessionEnds;

    @Inject
    UserLockout lockout;

    @Transactional
    public boolean seen(String svixId) {
        return em.find(WebhookDelivery.class, svixId) != null;
    }

    /** Applies the event; returns whether it changed anything. */
    @Transactional
    public boolean apply(String svixId, ClerkEvent event) {
        em.persist(new WebhookDelivery(svixId, event.type(), OffsetDateTime.now(clock)));
        em.flush();
        String id = event.objectId();
        boolean changed = id != null && switch (event.type()) {
            case "user.created", "user.updated" -> sync(id, event);
            case "user.deleted" -> deletion.deleteDeletedInClerk(id);
            // data is Clerk's Session object: its id is the sid, user_id its user
            case "session.ended", "session.removed", "session.revoked" -> sessionEnds.end(id,
                    event.data().get("user_id") instanceof String owner ? owner : null, event.type());
            default -> false;
        };
        LOG.fine(() -> "Clerk webhook " + event.type() + (changed ? " applied" : " changed nothing"));
        return changed;
    }

    private boolean sync(String userId, ClerkEvent event) {
        if (event.type().equals("user.created")) {
            users.ensureExists(userId);
        }
        boolean applied = users.applyFromWebhook(userId, ClerkProfileClaims.from(event.data()),
                ClerkFlags.from(event.data()), event.changedAt());
        if (applied) {
            users.principalOf(userId).ifPresent(lockout::enforce);
        }
        return applied;
    }
}
