package io.gatehouse.sessions.control;

import io.gatehouse.sessions.entity.Session;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Writes a batch of uses to {@code sessions.last_seen_at} (agent tokens: {@code agent_tokens.last_used_at}) in one
 * transaction, never moving a value back.
 */
@ApplicationScoped
public class SessionActivityStore {

    /** The agent tokens' counterpart of {@code Session.SEEN}, declared on the agent token entity. */
    static final String AGENT_TOKEN_SEEN = "AgentToken.seen";

    @PersistenceContext
    EntityManager em;

    /** Returns how many rows moved (a row already newer, or deleted, does not). */
    @Transactional
    public int write(List<SessionActivity.Seen> batch) {
        int moved = 0;
        for (SessionActivity.Seen seen : batch) {
            moved += em.createNamedQuery(seen.agent() ? AGENT_TOKEN_SEEN : Session.SEEN)
                    .setParameter("seen", OffsetDateTime.ofInstant(Instant.ofEpochMilli(seen.millis()), ZoneOffset.UTC))
                    .setParameter("id", seen.sessionId())
                    .executeUpdate();
        }
        return moved;
    }
}
