package io.gatehouse.agents.control;

import io.gatehouse.agents.entity.AgentToken;
import io.gatehouse.kernel.StartupEvent;
import io.gatehouse.sessions.control.SessionCache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import java.util.logging.Logger;

/** Puts every active agent token in the session cache at boot, so an agent's request never reads the database. */
@ApplicationScoped
public class AgentTokenCacheLoader {

    private static final Logger LOG = Logger.getLogger(AgentTokenCacheLoader.class.getName());
    private static final int PAGE = 5_000;

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    SessionCache cache;

    void onStart(@Observes StartupEvent event, AgentTokenCacheLoader self) {
        int loaded = self.load();
        LOG.info(() -> "Session cache loaded with " + loaded + " agent tokens");
    }

    @Transactional
    public int load() {
        int total = 0;
        UUID after = new UUID(0, 0);
        while (true) {
            List<AgentToken> page = em.createNamedQuery(AgentToken.ACTIVE, AgentToken.class)
                    .setParameter("after", after)
                    .setParameter("now", OffsetDateTime.now(clock))
                    .setMaxResults(PAGE)
                    .getResultList();
            page.forEach(agent -> cache.load(agent.tokenHash(), AgentTokens.cached(agent)));
            total += page.size();
            em.clear();
            if (page.size() < PAGE) {
                return total;
            }
            after = page.get(page.size() - 1).id();
        }
    }
}
