package io.gatehouse.publishing.entity;

import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;

/** A creator's public page: their handle, display name and published projects, most recent first. */
@JsonbPropertyOrder({"handle", "displayName", "projects"})
public record CreatorProfile(
        @JsonbProperty("handle") String handle,
        @JsonbProperty("display_name") String displayName,
        @JsonbProperty("projects") List<ShareDocument> projects) {
}
