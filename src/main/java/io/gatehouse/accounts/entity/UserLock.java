package io.gatehouse.accounts.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;

/**
 * Whether a user may sign in: Clerk's {@code banned} and {@code locked} flags as last applied, and a Gatehouse-side
 * lock an operator set, which holds whatever Clerk says until an operator lifts it. Part of the user's row.
 */
@Embeddable
public class UserLock {

    @Column(name = "clerk_banned", nullable = false)
    private boolean clerkBanned;

    @Column(name = "clerk_locked", nullable = false)
    private boolean clerkLocked;

    /** When an operator locked the user in Gatehouse; {@code null} while not locked by an operator. */
    @Column(name = "locked_at")
    private OffsetDateTime lockedAt;

    /** The operator's principal id; text, not UUID: EclipseLink 4 cannot read a NULL from a UUID column. */
    @Column(name = "locked_by")
    private String lockedBy;

    /** Why the user may not sign in, if they may not: an operator's lock first, then Clerk's ban, then Clerk's lock. */
    public Optional<LockReason> reason() {
        if (lockedAt != null) {
            return Optional.of(LockReason.LOCKED_BY_OPERATOR);
        }
        if (clerkBanned) {
            return Optional.of(LockReason.BANNED_IN_CLERK);
        }
        return clerkLocked ? Optional.of(LockReason.LOCKED_IN_CLERK) : Optional.empty();
    }

    public OffsetDateTime lockedAt() {
        return lockedAt;
    }

    public UUID lockedBy() {
        return lockedBy == null ? null : UUID.fromString(lockedBy);
    }

    /** Clerk's flags, each only when the event carries it. */
    void apply(ClerkFlags flags) {
        if (flags.banned() != null) {
            clerkBanned = flags.banned();
        }
        if (flags.locked() != null) {
            clerkLocked = flags.locked();
        }
    }

    /** An operator's lock; returns whether it is new (a second lock keeps the first time and operator). */
    public boolean lockByOperator(UUID operator, OffsetDateTime now) {
        if (lockedAt != null) {
            return false;
        }
        lockedAt = now;
        lockedBy = operator == null ? null : operator.toString();
        return true;
    }

    /** Lifts an operator's lock; returns whether there was one. Clerk's ban or lock, if any, stays. */
    public boolean unlockByOperator() {
        if (lockedAt == null) {
            return false;
        }
        lockedAt = null;
        lockedBy = null;
        return true;
    }
}
