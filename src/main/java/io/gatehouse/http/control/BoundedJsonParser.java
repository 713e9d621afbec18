package io.gatehouse.http.control;

import io.gatehouse.kernel.ApiProblem;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import jakarta.json.stream.JsonParser;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * Turns request body bytes into one JSON value, refusing what a client could use to make parsing costly or
 * ambiguous: bytes that are not UTF-8, nesting deeper than {@value #MAX_DEPTH} arrays and objects, a key twice in
 * one object, and numbers too long or too large to convert safely. The tree is built from the streaming parser's
 * events with an explicit stack, so depth never reaches the call stack.
 */
public final class BoundedJsonParser {

    static final int MAX_DEPTH = 32;
    static final int MAX_NUMBER_LENGTH = 64;
    static final int MAX_EXPONENT = 64;

    static final String MALFORMED = "Malformed JSON body";
    static final String NOT_UTF8 = MALFORMED + ": not valid UTF-8";
    static final String TOO_DEEP = "JSON body nested too deeply (at most " + MAX_DEPTH + " levels of arrays and objects)";
    static final String NUMBER_TOO_LARGE = "JSON number too large (at most " + MAX_NUMBER_LENGTH
            + " characters, with a magnitude and precision within 10^" + MAX_EXPONENT + ")";

    /** Looked up once: {@code Json.createParser} and friends would ask the service loader on every call. */
    private static final JsonProvider JSON = JsonProvider.provider();

    private BoundedJsonParser() {
    }

    /** The body's single JSON value; a 400 problem saying why when it is not acceptable JSON. */
    public static JsonValue parse(byte[] body) {
        String text = utf8(body);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1); // a byte order mark, which RFC 8259 lets a parser ignore
        }
        try (JsonParser parser = JSON.createParser(new StringReader(text))) {
            JsonValue value = new TreeBuilder().build(parser);
            if (parser.hasNext()) {
                throw malformed(MALFORMED);
            }
            return value;
        } catch (JsonException | IllegalStateException | NoSuchElementException e) {
            throw malformed(MALFORMED);
        }
    }

    private static String utf8(byte[] body) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(body))
                    .toString();
        } catch (CharacterCodingException e) {
            throw malformed(NOT_UTF8);
        }
    }

    static ApiProblem malformed(String detail) {
        return ApiProblem.badRequest("malformed_json", detail);
    }

    /** One open array or object: its builder, and for an object the keys seen and the key awaiting its value. */
    private static final class Open {
        final JsonArrayBuilder array;
        final JsonObjectBuilder object;
        final Set<String> keys;
        String key;

        Open(boolean isObject) {
            this.array = isObject ? null : JSON.createArrayBuilder();
            this.object = isObject ? JSON.createObjectBuilder() : null;
            this.keys = isObject ? new HashSet<>() : null;
        }

        void add(JsonValue value) {
            if (object != null) {
                object.add(key, value);
            } else {
                array.add(value);
            }
        }

        JsonValue build() {
            return object != null ? object.build() : array.build();
        }
    }

    private static final class TreeBuilder {
        private final Deque<Open> open = new ArrayDeque<>();

        JsonValue build(JsonParser parser) {
            while (true) {
                JsonParser.Event event = parser.next();
                JsonValue done = switch (event) {
                    case START_OBJECT, START_ARRAY -> {
                        if (open.size() >= MAX_DEPTH) {
                            throw ApiProblem.badRequest("json_too_deep", TOO_DEEP);
                        }
                        open.push(new Open(event == JsonParser.Event.START_OBJECT));
                        yield null;
                    }
                    case KEY_NAME -> {
                        Open object = open.peek();
                        object.key = parser.getString();
                        if (!object.keys.add(object.key)) {
                            throw malformed(MALFORMED + ": duplicate key " + JsonFields.shown(object.key));
                        }
                        yield null;
                    }
                    case END_OBJECT, END_ARRAY -> open.pop().build();
                    case VALUE_STRING -> JSON.createValue(parser.getString());
                    case VALUE_NUMBER -> JSON.createValue(number(parser.getString()));
                    case VALUE_TRUE -> JsonValue.TRUE;
                    case VALUE_FALSE -> JsonValue.FALSE;
                    case VALUE_NULL -> JsonValue.NULL;
                };
                if (done != null) {
                    if (open.isEmpty()) {
                        return done;
                    }
                    open.peek().add(done);
                }
            }
        }

        private static BigDecimal number(String text) {
            if (text.length() > MAX_NUMBER_LENGTH) {
                throw ApiProblem.badRequest("number_too_large", NUMBER_TOO_LARGE);
            }
            BigDecimal value;
            try {
                value = new BigDecimal(text);
            } catch (NumberFormatException exponentOverflow) {
                throw ApiProblem.badRequest("number_too_large", NUMBER_TOO_LARGE);
            }
            if (Math.abs((long) value.scale()) > MAX_EXPONENT || (long) value.precision() - value.scale() > MAX_EXPONENT) {
                throw ApiProblem.badRequest("number_too_large", NUMBER_TOO_LARGE);
            }
            return value;
        }
    }
}
