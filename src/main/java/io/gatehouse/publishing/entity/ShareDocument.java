package io.gatehouse.publishing.entity;

import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;

/** A published project as the public sees it; never an owner id, principal id or email. */
@JsonbPropertyOrder({"slug", "name", "tags", "creator", "publishedAt", "views"})
public record ShareDocument(
        @JsonbProperty("slug") String slug,
        @JsonbProperty("name") String name,
        @JsonbProperty("tags") List<String> tags,
        @JsonbProperty("creator") Creator creator,
        @JsonbProperty("published_at") String publishedAt,
        @JsonbProperty("views") long views) {

    public static ShareDocument of(ProjectShare share, String name, List<String> tags, Creator creator) {
        return new ShareDocument(share.slug(), name, tags.stream().sorted().toList(), creator,
                share.publishedAt().toInstant().toString(), share.views());
    }
}
