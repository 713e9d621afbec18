package io.gatehouse.discovery.control;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * The discovery documents kept as classpath resources under {@code discovery/}, with {@code {{name}}}
 * placeholders filled from configuration. A placeholder left unfilled is a bug and fails loudly.
 */
final class Templates {

    private static final String FOLDER = "discovery/";

    private Templates() {
    }

    /** A text document with its placeholders replaced by the values as they are. */
    static String text(String name, Map<String, String> values) {
        return fill(name, read(name), values, false);
    }

    /** A JSON document with its placeholders (inside JSON strings) replaced by the values, escaped for JSON. */
    static JsonObject json(String name, Map<String, String> values) {
        String filled = fill(name, read(name), values, true);
        try (JsonReader reader = Json.createReader(new StringReader(filled))) {
            return reader.readObject();
        }
    }

    /** The raw bytes of a resource, or null when it is not there. */
    static byte[] bytes(String name) {
        try (InputStream in = Templates.class.getClassLoader().getResourceAsStream(FOLDER + name)) {
            return in == null ? null : in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + FOLDER + name, e);
        }
    }

    private static String read(String name) {
        byte[] bytes = bytes(name);
        if (bytes == null) {
            throw new IllegalStateException("missing classpath resource " + FOLDER + name);
        }
        return new String(bytes, StandardCharsets.UTF_8);
    }

    private static String fill(String name, String template, Map<String, String> values, boolean json) {
        String result = template;
        for (Map.Entry<String, String> value : values.entrySet()) {
            result = result.replace("{{" + value.getKey() + "}}", json ? escaped(value.getValue()) : value.getValue());
        }
        int left = result.indexOf("{{");
        if (left >= 0) {
            throw new IllegalStateException("unfilled placeholder in " + FOLDER + name + ": "
                    + result.substring(left, Math.min(result.length(), left + 40)));
        }
        return result;
    }

    private static String escaped(String value) {
        String quoted = Json.createValue(value).toString();
        return quoted.substring(1, quoted.length() - 1);
    }
}
