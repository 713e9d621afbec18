package io.gatehouse.rebind.entity;

import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.bind.annotation.JsonbPropertyOrder;

/**
 * The answer of a rebind; {@code rows_updated} and {@code anon_uuid} only when this call rebound the device;
 * {@code secrets_moved} and {@code secrets_deleted} whenever this call moved the device's rows (a first rebind, or a
 * later one with proof): whether the device's secrets moved, and how many were deleted instead.
 */
@JsonbPropertyOrder({"rebound", "rowsUpdated", "anonUuid", "secretsMoved", "secretsDeleted"})
public record RebindResult(
        @JsonbProperty("rebound") boolean rebound,
        @JsonbProperty("rows_updated") Integer rowsUpdated,
        @JsonbProperty("anon_uuid") String anonUuid,
        @JsonbProperty("secrets_moved") Boolean secretsMoved,
        @JsonbProperty("secrets_deleted") Integer secretsDeleted) {

    /** Nothing happened: the device was never used, or is already rebound to this user and no proof came. */
    public static RebindResult notRebound() {
        return new RebindResult(false, null, null, null, null);
    }

    public static RebindResult rebound(int rows, String anonUuid, boolean secretsMoved, int secretsDeleted) {
        return new RebindResult(true, rows, anonUuid, secretsMoved, secretsDeleted);
    }

    /**
     * Already rebound to this user; the rows written since moved, the secrets written since were deleted (said only
     * when there were any, so the answer is otherwise the seed's {@code {"rebound": false}}).
     */
    public static RebindResult alreadyRebound(int secretsDeleted) {
        return secretsDeleted == 0 ? notRebound() : new RebindResult(false, null, null, false, secretsDeleted);
    }
}
