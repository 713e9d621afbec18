package io.gatehouse.accounts.entity;

import java.util.Map;

/**
 * Clerk's {@code banned} and {@code locked} flags of a user object, each {@code null} when the object does not
 * carry it (then the stored value stays).
 */
public record ClerkFlags(Boolean banned, Boolean locked) {

    public static final ClerkFlags NONE = new ClerkFlags(null, null);

    public static ClerkFlags from(Map<String, Object> user) {
        return new ClerkFlags(flag(user.get("banned")), flag(user.get("locked")));
    }

    /** Whether these flags lock the user out. */
    public boolean lockOut() {
        return Boolean.TRUE.equals(banned) || Boolean.TRUE.equals(locked);
    }

    private static Boolean flag(Object value) {
        return value instanceof Boolean b ? b : null;
    }
}
