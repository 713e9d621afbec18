package io.gatehouse.research.entity;

import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.bind.annotation.JsonbPropertyOrder;

/** A run as clients see it; {@code last_event_id} is what a stream resumes from. */
@JsonbPropertyOrder({"id", "projectId", "query", "status", "createdAt", "finishedAt", "lastEventId"})
public record RunView(
        @JsonbProperty("id") String id,
        @JsonbProperty("project_id") String projectId,
        @JsonbProperty("query") String query,
        @JsonbProperty("status") String status,
        @JsonbProperty("created_at") String createdAt,
        @JsonbProperty("finished_at") @JsonbNillable String finishedAt,
        @JsonbProperty("last_event_id") int lastEventId) {
}
