package io.gatehouse.projects.entity;

import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.bind.annotation.JsonbPropertyOrder;

/** A project as clients see it. */
@JsonbPropertyOrder({"id", "name", "createdAt"})
public record ProjectView(
        @JsonbProperty("id") String id,
        @JsonbProperty("name") String name,
        @JsonbProperty("created_at") String createdAt) {
}
