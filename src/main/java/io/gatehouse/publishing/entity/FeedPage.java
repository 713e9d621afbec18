package io.gatehouse.publishing.entity;

import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;

/** One page of the community feed; {@code next_cursor} is null on the last page. */
@JsonbPropertyOrder({"items", "nextCursor"})
public record FeedPage(
        @JsonbProperty("items") List<ShareDocument> items,
        @JsonbProperty("next_cursor") @JsonbNillable String nextCursor) {
}
