package io.gatehouse.lockout;

import io.gatehouse.agents.AgentTokens;
import io.gatehouse.sessions.SessionRevoker;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * TEMPORARY STUB (wt-admin) until main's lockout package is merged: the lead's signatures, an in-memory lock
 * that refuses nothing, revocations through the existing revokers.
 */
@ApplicationScoped
public class UserLockout {

    private final Map<UUID, LockState> locks = new ConcurrentHashMap<>();

    @Inject
    SessionRevoker sessions;

    @Inject
    AgentTokens agents;

    @Transactional
    public LockState lockByOperator(UUID principalId, UUID operatorPrincipalId) {
        signOutEverywhere(principalId);
        return locks.computeIfAbsent(principalId,
                id -> new LockState(true, "locked_by_operator", OffsetDateTime.now(ZoneOffset.UTC), operatorPrincipalId));
    }

    @Transactional
    public LockState unlockByOperator(UUID principalId, UUID operatorPrincipalId) {
        locks.remove(principalId);
        return state(principalId);
    }

    @Transactional
    public SignOut signOutEverywhere(UUID principalId) {
        return new SignOut(sessions.revokeAllOf(principalId), agents.revokeAllOf(principalId));
    }

    public LockState state(UUID principalId) {
        return locks.getOrDefault(principalId, new LockState(false, null, null, null));
    }
}
