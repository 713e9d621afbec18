package io.gatehouse.audit.entity;

import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * One event as {@code GET /api/v1/audit} shows it; absent values are {@code null}, so every event has every field.
 * {@code actor_id} is the operator of an admin action ({@code admin.*}), {@code null} for every other event.
 */
@JsonbPropertyOrder({"id", "occurredAt", "type", "principalId", "sessionId", "reason", "ip", "detail", "actorId"})
public record AuditEventView(
        @JsonbProperty("id") UUID id,
        @JsonbProperty("occurred_at") String occurredAt,
        @JsonbProperty("type") String type,
        @JsonbProperty("principal_id") @JsonbNillable UUID principalId,
        @JsonbProperty("session_id") @JsonbNillable UUID sessionId,
        @JsonbProperty("reason") @JsonbNillable String reason,
        @JsonbProperty("ip") @JsonbNillable String ip,
        @JsonbProperty("detail") @JsonbNillable String detail,
        @JsonbProperty("actor_id") @JsonbNillable UUID actorId) {

    public static AuditEventView of(AuditEvent event) {
        return new AuditEventView(event.id(), event.occurredAt().toInstant().truncatedTo(ChronoUnit.MILLIS).toString(),
                event.eventType(), event.principalId(), event.sessionId(), event.reason(), event.ip(), event.detail(),
                event.actorId());
    }
}
