package io.gatehouse.accounts.control;

import io.gatehouse.accounts.entity.AccountException;
import io.gatehouse.kernel.FeatureException.Reason;
import io.gatehouse.accounts.entity.ProfileEdit;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Validates a {@code PATCH /api/v1/users/me} body: only the editable fields, each a string or {@code null}
 * (an empty string clears the field too), within its length; {@code timezone} must be an IANA zone.
 */
public final class ProfileEditReader {

    private static final Map<String, Integer> MAX_LENGTH = Map.of(
            "preferred_name", 256, "pronouns", 64, "timezone", 64, "notes", 4000, "context", 4000);
    private static final Set<String> MULTI_LINE = Set.of("notes", "context");
    private static final Set<String> READ_ONLY = Set.of("id", "clerk_user_id", "email", "name", "is_super_admin");

    private ProfileEditReader() {
    }

    public static ProfileEdit read(JsonObject body) {
        if (body == null) {
            throw new AccountException(Reason.UNPROCESSABLE, "validation_failed", "A JSON object with the fields to change is required");
        }
        Map<String, String> changes = new HashMap<>();
        for (Map.Entry<String, JsonValue> field : body.entrySet()) {
            String name = field.getKey();
            if (READ_ONLY.contains(name)) {
                throw new AccountException(Reason.UNPROCESSABLE, "validation_failed", name + " cannot be changed through the API");
            }
            if (!ProfileEdit.FIELDS.contains(name)) {
                throw new AccountException(Reason.UNPROCESSABLE, "validation_failed", "Unknown field " + printable(name) + "; editable fields: "
                        + String.join(", ", ProfileEdit.FIELDS));
            }
            changes.put(name, value(name, field.getValue()));
        }
        return new ProfileEdit(changes);
    }

    private static String value(String name, JsonValue value) {
        if (value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (value.getValueType() != JsonValue.ValueType.STRING) {
            throw new AccountException(Reason.UNPROCESSABLE, "validation_failed", name + " must be a string or null");
        }
        String text = ((JsonString) value).getString().strip();
        if (text.isEmpty()) {
            return null;
        }
        if (text.length() > MAX_LENGTH.get(name)) {
            throw new AccountException(Reason.UNPROCESSABLE, "validation_failed", name + " must be at most " + MAX_LENGTH.get(name) + " characters");
        }
        if (!readable(text, MULTI_LINE.contains(name))) {
            throw new AccountException(Reason.UNPROCESSABLE, "validation_failed", name + " must contain printable characters only");
        }
        if (name.equals("timezone") && !ZoneId.getAvailableZoneIds().contains(text)) {
            throw new AccountException(Reason.UNPROCESSABLE, "validation_failed", "timezone must be an IANA time zone such as America/Los_Angeles");
        }
        return text;
    }

    private static boolean readable(String text, boolean multiLine) {
        return text.codePoints().allMatch(c -> (multiLine && (c == '\n' || c == '\r' || c == '\t'))
                || !(Character.isISOControl(c) || Character.getType(c) == Character.FORMAT
                        || Character.getType(c) == Character.UNASSIGNED || Character.getType(c) == Character.SURROGATE));
    }

    private static String printable(String name) {
        String shown = name.replaceAll("[^\\x20-\\x7e]", "?");
        return shown.length() <= 40 ? shown : shown.substring(0, 40) + "…";
    }
}
