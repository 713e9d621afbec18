package io.gatehouse.publishing.control;

import io.gatehouse.publishing.entity.PublishRequest;
import io.gatehouse.publishing.entity.PublishingProblems;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Validates a {@code POST /projects/{id}/publish} body {@code {"slug", "tags"?, "handle"?}}: a slug of
 * 3 to 64 characters of a-z, 0-9 and - (not at either end), at most 10 tags of 1 to 32 such characters
 * (lower-cased, duplicates collapsed), a handle of 3 to 30 characters of a-z, 0-9, _ and -. Any other
 * field is refused.
 */
public final class PublishRequestReader {

    public static final int MAX_TAGS = 10;
    static final Set<String> FIELDS = Set.of("slug", "tags", "handle");
    /** Slugs that name a fixed path under {@code /public/share/}. */
    static final Set<String> RESERVED_SLUGS = Set.of("community");

    static final String SLUG_RULE = "slug must be 3 to 64 characters of a-z, 0-9 and -, not starting or ending with -";
    static final String TAG_RULE = "each tag must be 1 to 32 characters of a-z, 0-9 and -";
    public static final String HANDLE_RULE = "handle must be 3 to 30 characters of a-z, 0-9, _ and -";

    private static final Pattern SLUG = Pattern.compile("[a-z0-9](?:[a-z0-9-]{1,62})[a-z0-9]");
    private static final Pattern TAG = Pattern.compile("[a-z0-9-]{1,32}");
    private static final Pattern HANDLE = Pattern.compile("[a-z0-9_-]{3,30}");

    private PublishRequestReader() {
    }

    public static PublishRequest read(JsonObject body) {
        for (String field : body.keySet()) {
            if (!FIELDS.contains(field)) {
                throw PublishingProblems.invalid("Unknown field " + printable(field) + "; fields: slug, tags, handle");
            }
        }
        return new PublishRequest(slug(body.get("slug")), tags(body.get("tags")), handle(body.get("handle")));
    }

    static String slug(JsonValue value) {
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            throw PublishingProblems.invalid("slug required");
        }
        String slug = text(value, "slug");
        if (!SLUG.matcher(slug).matches()) {
            throw PublishingProblems.invalid(SLUG_RULE);
        }
        if (RESERVED_SLUGS.contains(slug)) {
            throw PublishingProblems.invalid("slug " + slug + " is reserved");
        }
        return slug;
    }

    static List<String> tags(JsonValue value) {
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return List.of();
        }
        if (value.getValueType() != JsonValue.ValueType.ARRAY) {
            throw PublishingProblems.invalid("tags must be an array of strings");
        }
        TreeSet<String> tags = new TreeSet<>();
        for (JsonValue element : value.asJsonArray()) {
            if (element.getValueType() != JsonValue.ValueType.STRING) {
                throw PublishingProblems.invalid("tags must be an array of strings");
            }
            String tag = ((JsonString) element).getString().toLowerCase(Locale.ROOT);
            if (!TAG.matcher(tag).matches()) {
                throw PublishingProblems.invalid(TAG_RULE);
            }
            tags.add(tag);
            if (tags.size() > MAX_TAGS) {
                throw PublishingProblems.invalid("at most " + MAX_TAGS + " tags are allowed");
            }
        }
        return List.copyOf(tags);
    }

    static String handle(JsonValue value) {
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        String handle = text(value, "handle");
        if (!HANDLE.matcher(handle).matches()) {
            throw PublishingProblems.invalid(HANDLE_RULE);
        }
        return handle;
    }

    private static String text(JsonValue value, String name) {
        if (value.getValueType() != JsonValue.ValueType.STRING) {
            throw PublishingProblems.invalid(name + " must be a string");
        }
        return ((JsonString) value).getString();
    }

    private static String printable(String name) {
        String shown = name.replaceAll("[^\\x20-\\x7e]", "?");
        return shown.length() <= 40 ? shown : shown.substring(0, 40) + "…";
    }
}
