package io.gatehouse.admin.entity;

import io.gatehouse.accounts.entity.UserAccount;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;
import java.util.UUID;

/**
 * Everything an operator sees of one user: identity, whether a super-admin, the lock, the organizations, the
 * active sessions (newest first) and the active agent tokens (oldest first). Never a token, a hash or a secret.
 */
@JsonbPropertyOrder({"id", "clerkUserId", "email", "name", "createdAt", "superAdmin", "lock", "organizations", "sessions",
        "agentTokens"})
public record UserDetail(
        @JsonbProperty("id") UUID id,
        @JsonbProperty("clerk_user_id") String clerkUserId,
        @JsonbProperty("email") @JsonbNillable String email,
        @JsonbProperty("name") @JsonbNillable String name,
        @JsonbProperty("created_at") String createdAt,
        @JsonbProperty("is_super_admin") boolean superAdmin,
        @JsonbProperty("lock") LockView lock,
        @JsonbProperty("organizations") List<OrganizationEntry> organizations,
        @JsonbProperty("sessions") List<SessionEntry> sessions,
        @JsonbProperty("agent_tokens") List<AgentTokenEntry> agentTokens) {

    public static UserDetail of(UserAccount account, boolean superAdmin, LockView lock, List<OrganizationEntry> organizations,
            List<SessionEntry> sessions, List<AgentTokenEntry> agentTokens) {
        return new UserDetail(account.principalId(), account.clerkUserId(), account.email(), account.name(),
                Timestamps.of(account.createdAt()), superAdmin, lock, organizations, sessions, agentTokens);
    }
}
