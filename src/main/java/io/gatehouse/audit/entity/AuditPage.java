package io.gatehouse.audit.entity;

import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;

/** A page of the audit trail, newest first; {@code next_cursor} is {@code null} on the last page. */
@JsonbPropertyOrder({"events", "nextCursor"})
public record AuditPage(
        @JsonbProperty("events") List<AuditEventView> events,
        @JsonbProperty("next_cursor") @JsonbNillable String nextCursor) {
}
