package io.gatehouse.accounts.entity;

import java.util.UUID;

/**
 * What this instance remembers about a user is stale, whichever instance changed the user: forget it. Fired on
 * every instance by {@link UserCacheNotices}.
 *
 * @param clerkUserId the user's Clerk id, or {@code null} when the notice names the principal only
 */
public record UserCacheStale(UUID principalId, String clerkUserId) {
}
