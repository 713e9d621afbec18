package io.gatehouse.admin.entity;

import io.gatehouse.accounts.entity.UserAccount;
import io.gatehouse.lockout.entity.LockState;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.UUID;

/** One user in the admin search: who they are and whether they are locked ({@code lock_reason} as in {@link LockView}). */
@JsonbPropertyOrder({"id", "clerkUserId", "email", "name", "createdAt", "locked", "lockReason"})
public record UserSummary(
        @JsonbProperty("id") UUID id,
        @JsonbProperty("clerk_user_id") String clerkUserId,
        @JsonbProperty("email") @JsonbNillable String email,
        @JsonbProperty("name") @JsonbNillable String name,
        @JsonbProperty("created_at") String createdAt,
        @JsonbProperty("locked") boolean locked,
        @JsonbProperty("lock_reason") @JsonbNillable String lockReason) {

    public static UserSummary of(UserAccount account, LockState lock) {
        return new UserSummary(account.principalId(), account.clerkUserId(), account.email(), account.name(),
                Timestamps.of(account.createdAt()), lock.locked(), lock.reason());
    }
}
