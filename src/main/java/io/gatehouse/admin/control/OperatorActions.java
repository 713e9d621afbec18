package io.gatehouse.admin.control;

import io.gatehouse.admin.entity.AdminException;
import io.gatehouse.kernel.FeatureException.Reason;
import io.gatehouse.admin.entity.LockView;
import io.gatehouse.admin.entity.SignOutResult;
import io.gatehouse.kernel.SecurityEvent;
import io.gatehouse.kernel.SecurityEvents;
import io.gatehouse.lockout.entity.LockState;
import io.gatehouse.lockout.entity.SignOut;
import io.gatehouse.lockout.control.UserLockout;
import io.gatehouse.sessions.control.SessionInventory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.UUID;

/**
 * What an operator does to a user: sign them out everywhere, revoke one session, lock, unlock. Each action runs in
 * one transaction with its audit event ({@code admin.*}, the target user as principal, the operator as actor), so
 * the event is recorded exactly when the action committed. The revocations themselves are the lockout, sessions and
 * agents features' own, and reach every instance of a cluster at once.
 */
@ApplicationScoped
public class OperatorActions {

    public static final String SELF_LOCK = "An operator cannot lock their own account; ask another super-admin";

    @Inject
    UserLookup users;

    @Inject
    UserLockout lockout;

    @Inject
    SessionInventory sessions;

    @Inject
    SecurityEvents events;

    /** Revokes every session and agent token of the user (their Clerk JWTs still work: that is what a lock is for). */
    @Transactional
    public SignOutResult signOutEverywhere(UUID operatorId, String idOrClerkUserId) {
        UUID userId = users.find(idOrClerkUserId).principalId();
        SignOut signOut = lockout.signOutEverywhere(userId);
        events.fire(SecurityEvent.adminSignOut(operatorId, userId, signOut.sessions(), signOut.agentTokens()));
        return SignOutResult.of(signOut);
    }

    /** Revokes one active session, whoever's; unknown, revoked, expired or not a UUID: 404 {@code Session not found}. */
    @Transactional
    public void revokeSession(UUID operatorId, UUID sessionId) {
        UUID userId = sessions.revokeAny(sessionId);
        events.fire(SecurityEvent.adminSessionRevoke(operatorId, userId, sessionId));
    }

    /** Locks the user in Gatehouse (idempotent); never the operator themself: 422 {@value #SELF_LOCK}. */
    @Transactional
    public LockView lock(UUID operatorId, String idOrClerkUserId) {
        UUID userId = users.find(idOrClerkUserId).principalId();
        if (userId.equals(operatorId)) {
            throw new AdminException(Reason.UNPROCESSABLE, "invalid_request", SELF_LOCK);
        }
        boolean alreadyLocked = operatorLocked(lockout.state(userId));
        LockState after = lockout.lockByOperator(userId, operatorId);
        events.fire(SecurityEvent.adminLock(operatorId, userId, alreadyLocked, after.reason()));
        return LockView.of(after);
    }

    /** Lifts the user's Gatehouse lock (idempotent); a lock in Clerk stays, and the answer shows it. */
    @Transactional
    public LockView unlock(UUID operatorId, String idOrClerkUserId) {
        UUID userId = users.find(idOrClerkUserId).principalId();
        boolean wasLocked = operatorLocked(lockout.state(userId));
        LockState after = lockout.unlockByOperator(userId, operatorId);
        events.fire(SecurityEvent.adminUnlock(operatorId, userId, wasLocked, after.reason()));
        return LockView.of(after);
    }

    /** Whether an operator's lock is in place, whatever Clerk says (a Clerk ban takes precedence in the reason). */
    private static boolean operatorLocked(LockState state) {
        return state.lockedAt() != null || "locked_by_operator".equals(state.reason());
    }
}
