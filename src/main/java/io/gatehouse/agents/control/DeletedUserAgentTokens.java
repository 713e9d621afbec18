package io.gatehouse.agents.control;

import io.gatehouse.accounts.entity.UserDeleting;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/** A deleted user's agent tokens are revoked in the deleting transaction. */
@ApplicationScoped
public class DeletedUserAgentTokens {

    @Inject
    AgentTokens agents;

    void onDeleting(@Observes UserDeleting deleting) {
        agents.revokeAllOf(deleting.principalId());
    }
}
