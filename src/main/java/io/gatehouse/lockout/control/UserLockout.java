package io.gatehouse.lockout.control;

import io.gatehouse.lockout.entity.LockoutException;
import io.gatehouse.kernel.FeatureException.Reason;
import io.gatehouse.lockout.entity.LockState;
import io.gatehouse.lockout.entity.SignOut;
import io.gatehouse.accounts.entity.UserAccount;
import io.gatehouse.accounts.entity.UserLockChanged;
import io.gatehouse.agents.control.AgentTokens;
import io.gatehouse.sessions.control.SessionRevoker;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * Locks users out and signs them out everywhere. Each change locks the user's row, revokes every session and agent
 * token of the user in the same transaction (refused on every instance once it commits), and makes the user's
 * Clerk JWTs refused from then on ({@code accounts.UserLockCheck}).
 */
@ApplicationScoped
public class UserLockout {

    @PersistenceContext
    EntityManager em;

    @Inject
    SessionRevoker sessions;

    @Inject
    AgentTokens agentTokens;

    @Inject
    Clock clock;

    @Inject
    Event<UserLockChanged> lockChanged;

    /** An operator's lock: holds whatever Clerk says until an operator lifts it. Idempotent. */
    @Transactional
    public LockState lockByOperator(UUID principalId, UUID operatorPrincipalId) {
        UserAccount account = lockedRow(principalId);
        account.lock().lockByOperator(operatorPrincipalId, now());
        signOutEverywhere(principalId);
        lockChanged.fire(new UserLockChanged(principalId));
        return LockState.of(account);
    }

    /** Lifts an operator's lock (any operator may lift it); a ban or lock set in Clerk stays in force. Idempotent. */
    @Transactional
    public LockState unlockByOperator(UUID principalId, UUID operatorPrincipalId) {
        UserAccount account = lockedRow(principalId);
        account.lock().unlockByOperator();
        lockChanged.fire(new UserLockChanged(principalId));
        return LockState.of(account);
    }

    /** Revokes every session and agent token of the user, at once and everywhere. */
    @Transactional
    public SignOut signOutEverywhere(UUID principalId) {
        return new SignOut(sessions.revokeAllOf(principalId), agentTokens.revokeAllOf(principalId));
    }

    /**
     * After Clerk's view of a user was applied (a webhook): when the user is locked out (banned or locked in Clerk,
     * or by an operator), everything they hold is revoked. Returns whether anything was.
     */
    @Transactional
    public boolean enforce(UUID principalId) {
        UserAccount account = em.find(UserAccount.class, principalId);
        if (account == null || account.lockReason().isEmpty()) {
            return false;
        }
        SignOut signOut = signOutEverywhere(principalId);
        return signOut.sessions() + signOut.agentTokens() > 0;
    }

    @Transactional
    public LockState state(UUID principalId) {
        UserAccount account = em.find(UserAccount.class, principalId);
        if (account == null) {
            throw new LockoutException(Reason.NOT_FOUND, "not_found", "User not found");
        }
        return LockState.of(account);
    }

    private UserAccount lockedRow(UUID principalId) {
        UserAccount account = em.find(UserAccount.class, principalId, LockModeType.PESSIMISTIC_WRITE);
        if (account == null) {
            throw new LockoutException(Reason.NOT_FOUND, "not_found", "User not found");
        }
        return account;
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MILLIS);
    }
}
