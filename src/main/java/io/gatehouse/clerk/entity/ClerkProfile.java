package io.gatehouse.clerk.entity;

/** A user's email and display name as Clerk knows them; either may be {@code null}. */
public record ClerkProfile(String email, String name) {

    public static final ClerkProfile EMPTY = new ClerkProfile(null, null);

    public boolean complete() {
        return email != null && name != null;
    }

    /** This profile with the gaps filled from another one. */
    public ClerkProfile orElse(ClerkProfile other) {
        return new ClerkProfile(email != null ? email : other.email, name != null ? name : other.name);
    }
}
