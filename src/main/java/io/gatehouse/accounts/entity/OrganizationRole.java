package io.gatehouse.accounts.entity;

/** A user's role in a Clerk organization, as last mirrored from the user's tokens. */
public record OrganizationRole(String clerkOrgId, String slug, String role) {
}
