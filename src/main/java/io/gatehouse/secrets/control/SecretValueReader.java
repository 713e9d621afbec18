package io.gatehouse.secrets.control;

import io.gatehouse.secrets.entity.SecretException;
import io.gatehouse.kernel.FeatureException.Reason;
import io.gatehouse.http.control.JsonFields;
import jakarta.json.JsonObject;
import java.util.Set;

/** Validates a {@code PUT /secrets/{name}} body: exactly {@code {"value": "..."}}. Never echoes the value. */
public final class SecretValueReader {

    static final int MAX_VALUE = 4096;

    private SecretValueReader() {
    }

    public static String read(JsonObject body) {
        for (String field : body == null ? Set.<String>of() : body.keySet()) {
            if (!field.equals("value")) {
                throw new SecretException(Reason.UNPROCESSABLE, "validation_failed", "Unknown field " + printable(field) + "; fields: value");
            }
        }
        return JsonFields.requiredText(body, "value", MAX_VALUE);
    }

    private static String printable(String name) {
        String shown = name.replaceAll("[^\\x20-\\x7e]", "?");
        return shown.length() <= 40 ? shown : shown.substring(0, 40) + "…";
    }
}
