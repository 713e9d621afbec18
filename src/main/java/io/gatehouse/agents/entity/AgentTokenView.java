package io.gatehouse.agents.entity;

import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * An agent token as its owner sees it. The token itself is present only in the answer that created it
 * (and left out of every listing).
 */
@JsonbPropertyOrder({"id", "name", "token", "createdAt", "expiresAt", "lastUsedAt"})
public record AgentTokenView(
        @JsonbProperty("id") UUID id,
        @JsonbProperty("name") String name,
        @JsonbProperty("token") String token,
        @JsonbProperty("created_at") String createdAt,
        @JsonbProperty("expires_at") String expiresAt,
        @JsonbProperty("last_used_at") @JsonbNillable String lastUsedAt) {

    /** A token in a listing; {@code lastUsed} is the newest known use (the database's, or this instance's unflushed one). */
    public static AgentTokenView listed(AgentToken agent, OffsetDateTime lastUsed) {
        return new AgentTokenView(agent.id(), agent.name(), null, timestamp(agent.createdAt()),
                timestamp(agent.expiresAt()), lastUsed == null ? null : timestamp(lastUsed));
    }

    public static AgentTokenView created(AgentToken agent, String token) {
        return new AgentTokenView(agent.id(), agent.name(), token, timestamp(agent.createdAt()),
                timestamp(agent.expiresAt()), null);
    }

    private static String timestamp(OffsetDateTime time) {
        return time.toInstant().truncatedTo(ChronoUnit.MILLIS).toString();
    }
}
