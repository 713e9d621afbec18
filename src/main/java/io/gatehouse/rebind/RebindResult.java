package io.gatehouse.rebind;

import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.bind.annotation.JsonbPropertyOrder;

/** The answer of a rebind; {@code rows_updated} and {@code anon_uuid} only when this call rebound the device. */
@JsonbPropertyOrder({"rebound", "rowsUpdated", "anonUuid"})
public record RebindResult(
        @JsonbProperty("rebound") boolean rebound,
        @JsonbProperty("rows_updated") Integer rowsUpdated,
        @JsonbProperty("anon_uuid") String anonUuid) {

    static RebindResult notRebound() {
        return new RebindResult(false, null, null);
    }

    static RebindResult rebound(int rows, String anonUuid) {
        return new RebindResult(true, rows, anonUuid);
    }
}
