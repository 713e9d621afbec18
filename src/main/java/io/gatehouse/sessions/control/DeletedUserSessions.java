package io.gatehouse.sessions.control;

import io.gatehouse.accounts.entity.UserDeleting;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/** A deleted user's sessions are revoked in the deleting transaction. */
@ApplicationScoped
public class DeletedUserSessions {

    @Inject
    SessionRevoker sessions;

    void onDeleting(@Observes UserDeleting deleting) {
        sessions.revokeAllOf(deleting.principalId());
    }
}
