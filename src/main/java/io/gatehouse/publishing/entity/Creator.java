package io.gatehouse.publishing.entity;

import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.bind.annotation.JsonbPropertyOrder;

/** Who published a share, as the public sees them: a handle and a display name, nothing else. */
@JsonbPropertyOrder({"handle", "displayName"})
public record Creator(
        @JsonbProperty("handle") String handle,
        @JsonbProperty("display_name") String displayName) {

    /** The creator named by the preferred name, else the name, else the handle (blank counts as none). */
    public static Creator of(String handle, String preferredName, String name) {
        return new Creator(handle, displayName(handle, preferredName, name));
    }

    static String displayName(String handle, String preferredName, String name) {
        if (preferredName != null && !preferredName.isBlank()) {
            return preferredName.strip();
        }
        if (name != null && !name.isBlank()) {
            return name.strip();
        }
        return handle;
    }
}
