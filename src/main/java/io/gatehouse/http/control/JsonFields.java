package io.gatehouse.http.control;

import io.gatehouse.kernel.ApiProblem;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.math.BigDecimal;

/** Typed, validated access to the string fields of a request body. */
public final class JsonFields {

    private JsonFields() {
    }

    /**
     * The named field as a non-blank string of at most {@code maxLength} printable characters.
     * Missing or null answers 422 "{name} required"; any other invalid value answers 422 saying why.
     */
    public static String requiredText(JsonObject body, String name, int maxLength) {
        JsonValue value = body == null ? null : body.get(name);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            throw ApiProblem.unprocessable(name + " required");
        }
        if (value.getValueType() != JsonValue.ValueType.STRING) {
            throw ApiProblem.unprocessable(name + " must be a string");
        }
        String text = ((JsonString) value).getString();
        if (text.isBlank()) {
            throw ApiProblem.unprocessable(name + " must not be empty");
        }
        if (text.length() > maxLength) {
            throw ApiProblem.unprocessable(name + " must be at most " + maxLength + " characters");
        }
        if (!isPrintable(text)) {
            throw ApiProblem.unprocessable(name + " must contain printable characters only");
        }
        return text;
    }

    /**
     * The named field as a whole number from {@code min} to {@code max}, or {@code fallback} when it is missing or
     * null; anything else answers 422 saying what is expected.
     */
    public static int optionalInt(JsonObject body, String name, int min, int max, int fallback) {
        JsonValue value = body == null ? null : body.get(name);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return fallback;
        }
        if (value instanceof JsonNumber number && number.isIntegral()) {
            BigDecimal exact = number.bigDecimalValue();
            if (exact.compareTo(BigDecimal.valueOf(min)) >= 0 && exact.compareTo(BigDecimal.valueOf(max)) <= 0) {
                return exact.intValueExact();
            }
        }
        throw ApiProblem.unprocessable(name + " must be a whole number from " + min + " to " + max);
    }

    /** A client-sent name as it may appear in a {@code detail}: printable ASCII only, at most 40 characters. */
    public static String shown(String name) {
        String shown = name.replaceAll("[^\\x20-\\x7e]", "?");
        return shown.length() <= 40 ? shown : shown.substring(0, 40) + "…";
    }

    private static boolean isPrintable(String text) {
        return text.codePoints().noneMatch(c -> Character.isISOControl(c)
                || Character.getType(c) == Character.FORMAT
                || Character.getType(c) == Character.UNASSIGNED
                || Character.getType(c) == Character.SURROGATE);
    }
}
