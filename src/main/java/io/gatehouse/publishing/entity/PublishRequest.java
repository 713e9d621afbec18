package io.gatehouse.publishing.entity;

import java.util.List;

/**
 * A validated publish request.
 *
 * @param slug   the share's slug
 * @param tags   distinct lower-case tags, sorted
 * @param handle the handle the creator asks for, or null to keep theirs (or derive one)
 */
public record PublishRequest(String slug, List<String> tags, String handle) {

    public PublishRequest {
        tags = List.copyOf(tags);
    }
}
