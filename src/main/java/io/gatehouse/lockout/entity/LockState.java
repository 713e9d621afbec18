package io.gatehouse.lockout.entity;

import io.gatehouse.accounts.entity.LockReason;
import io.gatehouse.accounts.entity.UserAccount;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A user's lock as an operator sees it.
 *
 * @param reason   {@code locked_by_operator}, {@code banned_in_clerk}, {@code locked_in_clerk}, or {@code null}
 * @param lockedAt when an operator locked the user (only for an operator's lock)
 * @param lockedBy the operator's principal id (only for an operator's lock)
 */
public record LockState(boolean locked, String reason, OffsetDateTime lockedAt, UUID lockedBy) {

    public static LockState of(UserAccount account) {
        String reason = account.lockReason().map(LockReason::label).orElse(null);
        return new LockState(reason != null, reason, account.lock().lockedAt(), account.lock().lockedBy());
    }
}
