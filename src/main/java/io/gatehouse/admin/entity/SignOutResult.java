package io.gatehouse.admin.entity;

import io.gatehouse.lockout.entity.SignOut;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.bind.annotation.JsonbPropertyOrder;

/** {@code DELETE /api/v1/admin/users/{id}/sessions}: how many sessions and agent tokens stopped working. */
@JsonbPropertyOrder({"revokedSessions", "revokedAgentTokens"})
public record SignOutResult(
        @JsonbProperty("revoked_sessions") int revokedSessions,
        @JsonbProperty("revoked_agent_tokens") int revokedAgentTokens) {

    public static SignOutResult of(SignOut signOut) {
        return new SignOutResult(signOut.sessions(), signOut.agentTokens());
    }
}
