package io.gatehouse.agents.control;

import io.gatehouse.agents.entity.AgentToken;
import io.gatehouse.persistence.control.KeysetPages;
import io.gatehouse.sessions.control.SessionCache;
import io.gatehouse.sessions.control.SessionCacheSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;

/** Puts every active agent token in the session cache at boot, so an agent's request never reads the database. */
@ApplicationScoped
public class AgentTokenCacheLoader implements SessionCacheSource {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    SessionCache cache;

    @Override
    public String what() {
        return "agent tokens";
    }

    @Override
    @Transactional
    public int load() {
        return KeysetPages.forEach(em,
                () -> em.createNamedQuery(AgentToken.ACTIVE, AgentToken.class)
                        .setParameter("now", OffsetDateTime.now(clock)),
                AgentToken::id,
                agent -> cache.load(agent.tokenHash(), AgentTokens.cached(agent)));
    }
}
