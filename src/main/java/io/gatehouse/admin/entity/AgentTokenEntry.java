package io.gatehouse.admin.entity;

import io.gatehouse.agents.entity.AgentTokenView;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.UUID;

/** One active agent token of a user as an operator sees it: never the token or its hash. */
@JsonbPropertyOrder({"id", "name", "createdAt", "expiresAt", "lastUsedAt"})
public record AgentTokenEntry(
        @JsonbProperty("id") UUID id,
        @JsonbProperty("name") String name,
        @JsonbProperty("created_at") String createdAt,
        @JsonbProperty("expires_at") String expiresAt,
        @JsonbProperty("last_used_at") @JsonbNillable String lastUsedAt) {

    /** The owner's listing entry, whose token field is always empty, copied field by field. */
    public static AgentTokenEntry of(AgentTokenView agent) {
        return new AgentTokenEntry(agent.id(), agent.name(), agent.createdAt(), agent.expiresAt(), agent.lastUsedAt());
    }
}
