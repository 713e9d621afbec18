package io.gatehouse.publishing.entity;

import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.bind.annotation.JsonbPropertyOrder;

/** A tag and how many published projects carry it. */
@JsonbPropertyOrder({"tag", "count"})
public record TagCount(@JsonbProperty("tag") String tag, @JsonbProperty("count") long count) {
}
