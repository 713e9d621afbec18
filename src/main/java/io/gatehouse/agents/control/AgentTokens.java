package io.gatehouse.agents.control;

import io.gatehouse.agents.entity.AgentTokenException;
import io.gatehouse.kernel.FeatureException.Reason;
import io.gatehouse.agents.entity.AgentToken;
import io.gatehouse.agents.entity.AgentTokenView;
import io.gatehouse.accounts.entity.Principal;
import io.gatehouse.kernel.CallerKind;
import io.gatehouse.sessions.entity.CachedSession;
import io.gatehouse.sessions.control.SessionActivity;
import io.gatehouse.sessions.entity.SessionCommitted;
import io.gatehouse.kernel.SessionTokens;
import io.gatehouse.kernel.TokenHash;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

/**
 * Creates, lists and revokes a user's agent tokens. A token becomes valid in the cache once its row
 * committed, and stops being valid everywhere once its revocation committed.
 */
@ApplicationScoped
public class AgentTokens {

    static final int MAX_PER_USER = 100;
    public static final int DEFAULT_DAYS = 90;
    public static final int MAX_DAYS = 365;

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    SessionActivity activity;

    @Inject
    Event<SessionCommitted> committed;

    /**
     * Creates a token unless the owner holds {@link #MAX_PER_USER} live ones. The owner's principal row is locked
     * first ({@code SELECT … FOR UPDATE}), so concurrent creations of one owner count one after the other and the
     * cap holds exactly, on every database and in a cluster.
     */
    @Transactional
    public AgentTokenView create(UUID ownerId, String name, int days) {
        em.find(Principal.class, ownerId, LockModeType.PESSIMISTIC_WRITE);
        List<AgentToken> existing = activeOf(ownerId);
        if (existing.size() >= MAX_PER_USER) {
            throw new AgentTokenException(Reason.CONFLICT, "too_many_agent_tokens",
                    "A user can hold at most " + MAX_PER_USER + " agent tokens; revoke one first");
        }
        String token = SessionTokens.mint(CallerKind.AGENT);
        TokenHash hash = TokenHash.of(token);
        OffsetDateTime now = now();
        AgentToken agent = new AgentToken(ownerId, name, hash, now, now.plusDays(days));
        em.persist(agent);
        committed.fire(new SessionCommitted.Stored(hash, cached(agent)));
        return AgentTokenView.created(agent, token);
    }

    @Transactional
    public List<AgentTokenView> list(UUID ownerId) {
        return activeOf(ownerId).stream().map(agent -> AgentTokenView.listed(agent, lastUsed(agent))).toList();
    }

    /** Revokes one of the owner's tokens; another user's token is as unknown as a missing one. */
    @Transactional
    public void revoke(UUID ownerId, UUID tokenId) {
        AgentToken agent = em.find(AgentToken.class, tokenId);
        if (agent == null || !agent.ownerId().equals(ownerId) || agent.revoked()) {
            throw new AgentTokenException(Reason.NOT_FOUND, "not_found", "Agent token not found");
        }
        agent.revoke(now());
        committed.fire(new SessionCommitted.Revoked(List.of(agent.tokenHash())));
    }

    /**
     * Revokes a token whoever its owner (a sibling service revoking a token it was handed, RFC 7009); an unknown
     * or already revoked token is left as it is.
     */
    @Transactional
    public void revokeIfActive(UUID tokenId) {
        AgentToken agent = em.find(AgentToken.class, tokenId);
        if (agent == null || agent.revoked()) {
            return;
        }
        agent.revoke(now());
        committed.fire(new SessionCommitted.Revoked(List.of(agent.tokenHash())));
    }

    /** Revokes every token of the owner, inside the caller's transaction (a user deletion). */
    @Transactional
    public int revokeAllOf(UUID ownerId) {
        List<AgentToken> active = activeOf(ownerId);
        OffsetDateTime now = now();
        active.forEach(agent -> agent.revoke(now));
        if (!active.isEmpty()) {
            committed.fire(new SessionCommitted.Revoked(active.stream().map(AgentToken::tokenHash).toList()));
        }
        return active.size();
    }

    /** The cache entry of a token: it expires with the token, and its subject names the token, not a person. */
    static CachedSession cached(AgentToken agent) {
        return new CachedSession(agent.id(), agent.ownerId(), CallerKind.AGENT, "agent:" + agent.id(),
                agent.createdAt().toInstant().toEpochMilli(), agent.expiresAt().toInstant().toEpochMilli(),
                agent.revoked());
    }

    /** The newest use known: this instance's, not yet flushed, or the one in the database. */
    private OffsetDateTime lastUsed(AgentToken agent) {
        long here = activity.lastSeen(agent.id());
        OffsetDateTime stored = agent.lastUsedAt();
        if (here == 0 || (stored != null && stored.toInstant().toEpochMilli() >= here)) {
            return stored;
        }
        return OffsetDateTime.ofInstant(Instant.ofEpochMilli(here), ZoneOffset.UTC);
    }

    private List<AgentToken> activeOf(UUID ownerId) {
        return em.createNamedQuery(AgentToken.ACTIVE_OF_OWNER, AgentToken.class)
                .setParameter("owner", ownerId)
                .setParameter("now", now())
                .getResultList();
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MILLIS);
    }
}
