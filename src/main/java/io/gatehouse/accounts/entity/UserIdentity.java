package io.gatehouse.accounts.entity;

/** Who a signed-in user is: the Clerk user id, email and name (either may still be unknown). */
public record UserIdentity(String clerkUserId, String email, String name) {
}
