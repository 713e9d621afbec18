package io.gatehouse.accounts.entity;

import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A validated {@code PATCH /api/v1/users/me}: the fields that were sent, by their JSON names; a
 * {@code null} value clears the field.
 */
public record ProfileEdit(Map<String, String> changes) {

    /** The fields a user may edit, in the order of the user document. */
    public static final List<String> FIELDS = List.of("preferred_name", "pronouns", "timezone", "notes", "context");

    public ProfileEdit {
        changes = Collections.unmodifiableMap(new HashMap<>(changes));
    }
}
