package io.gatehouse.publishing.entity;

import jakarta.json.bind.annotation.JsonbProperty;
import java.util.List;

/** The answer of {@code GET /public/tags/popular}. */
public record PopularTags(@JsonbProperty("tags") List<TagCount> tags) {
}
