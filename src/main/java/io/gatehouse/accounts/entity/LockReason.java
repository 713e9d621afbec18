package io.gatehouse.accounts.entity;

import io.gatehouse.kernel.AuthRefusal;

/** Why a user may not sign in: Clerk banned or locked them, or an operator locked them in Gatehouse. */
public enum LockReason {
    LOCKED_BY_OPERATOR("locked_by_operator", "locked by an operator"),
    BANNED_IN_CLERK("banned_in_clerk", "banned in Clerk"),
    LOCKED_IN_CLERK("locked_in_clerk", "locked in Clerk");

    private final String label;
    private final String description;

    LockReason(String label, String description) {
        this.label = label;
        this.description = description;
    }

    /** The lower-case name used in JSON and in the audit trail. */
    public String label() {
        return label;
    }

    /** The 401 a locked user's Clerk JWT gets: code {@code user_locked}, the reason in the detail. */
    public AuthRefusal refusal() {
        return AuthRefusal.unauthorized("user_locked", "User is locked: " + description);
    }
}
