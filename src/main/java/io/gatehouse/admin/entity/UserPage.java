package io.gatehouse.admin.entity;

import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;

/** A page of the admin user search, newest user first; {@code next_cursor} is {@code null} on the last page. */
@JsonbPropertyOrder({"users", "nextCursor"})
public record UserPage(
        @JsonbProperty("users") List<UserSummary> users,
        @JsonbProperty("next_cursor") @JsonbNillable String nextCursor) {
}
