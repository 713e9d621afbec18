package io.gatehouse.admin.entity;

import io.gatehouse.lockout.entity.LockState;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.UUID;

/**
 * Whether a user is locked and why: {@code reason} is {@code banned_in_clerk}, {@code locked_in_clerk},
 * {@code locked_by_operator} or {@code null}; {@code locked_at} and {@code locked_by} (the operator's principal
 * id) describe the Gatehouse lock an operator set, {@code null} without one.
 */
@JsonbPropertyOrder({"locked", "reason", "lockedAt", "lockedBy"})
public record LockView(
        @JsonbProperty("locked") boolean locked,
        @JsonbProperty("reason") @JsonbNillable String reason,
        @JsonbProperty("locked_at") @JsonbNillable String lockedAt,
        @JsonbProperty("locked_by") @JsonbNillable UUID lockedBy) {

    public static LockView of(LockState state) {
        return new LockView(state.locked(), state.reason(), Timestamps.of(state.lockedAt()), state.lockedBy());
    }
}
