package io.gatehouse.kernel;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Collection;
import java.util.Collections;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.jwt.Claims;

/**
 * Turns a verified claim, as the JWT library parsed it ({@code String}, {@code Long}, {@code Double},
 * {@code Boolean}, {@code Date} for {@code exp}/{@code iat}/{@code nbf}, {@code List}, {@code Map}), into the type
 * MicroProfile JWT promises for it: the type {@link Claims} names for a standard claim ({@code Long} seconds,
 * {@code Set<String>}, {@code String}, {@code Boolean}, {@code JsonObject}), a {@link JsonValue} for any other
 * claim or for a standard claim whose value does not have its type. Only called when a claim is read.
 */
final class ClaimValues {

    private static final JsonProvider JSON = JsonProvider.provider();

    private ClaimValues() {
    }

    static Object of(String name, Object value) {
        Class<?> type = standardType(name);
        if (type == Long.class && (value instanceof Number || value instanceof Date)) {
            return seconds(value);
        }
        if (type == Set.class && (value instanceof String || value instanceof Collection)) {
            return strings(value);
        }
        if ((type == String.class && value instanceof String) || (type == Boolean.class && value instanceof Boolean)) {
            return value;
        }
        return json(value);
    }

    private static Class<?> standardType(String name) {
        try {
            Claims claim = Claims.valueOf(name);
            return claim == Claims.UNKNOWN ? null : claim.getType();
        } catch (IllegalArgumentException notStandard) {
            return null;
        }
    }

    private static long seconds(Object value) {
        return value instanceof Date date ? date.getTime() / 1000 : ((Number) value).longValue();
    }

    /** A string, or the strings of an array (other elements are left out); unmodifiable, in the token's order. */
    private static Set<String> strings(Object value) {
        if (value instanceof String single) {
            return Set.of(single);
        }
        Set<String> strings = new LinkedHashSet<>();
        for (Object element : (Collection<?>) value) {
            if (element instanceof String text) {
                strings.add(text);
            }
        }
        return Collections.unmodifiableSet(strings);
    }

    static JsonValue json(Object value) {
        if (value == null) {
            return JsonValue.NULL;
        }
        if (value instanceof JsonValue json) {
            return json;
        }
        if (value instanceof String text) {
            return JSON.createValue(text);
        }
        if (value instanceof Boolean bool) {
            return bool ? JsonValue.TRUE : JsonValue.FALSE;
        }
        if (value instanceof Date date) {
            return JSON.createValue(date.getTime() / 1000);
        }
        if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
            return JSON.createValue(((Number) value).longValue());
        }
        if (value instanceof BigInteger big) {
            return JSON.createValue(big);
        }
        if (value instanceof BigDecimal decimal) {
            return JSON.createValue(decimal);
        }
        if (value instanceof Number number) {
            return JSON.createValue(number.doubleValue());
        }
        if (value instanceof Map<?, ?> map) {
            JsonObjectBuilder object = JSON.createObjectBuilder();
            map.forEach((key, member) -> object.add(String.valueOf(key), json(member)));
            return object.build();
        }
        if (value instanceof Collection<?> elements) {
            JsonArrayBuilder array = JSON.createArrayBuilder();
            elements.forEach(element -> array.add(json(element)));
            return array.build();
        }
        return JSON.createValue(value.toString());
    }
}
