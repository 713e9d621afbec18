package io.gatehouse.http.boundary;

import io.gatehouse.http.control.BoundedJsonParser;
import io.gatehouse.kernel.ApiProblem;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;

/**
 * Reads request bodies as a JSON object, whatever content type the client declared, so a plain
 * {@code curl -d} works. Bodies over {@value #MAX_BYTES} bytes, bytes that are not UTF-8, malformed, too deeply
 * nested or ambiguous JSON ({@link BoundedJsonParser}) and non-object JSON are refused with a 4xx problem before
 * any resource code runs. An empty body reads as an empty object, so required fields report themselves as missing.
 *
 * <p>It names {@code application/json} as well as the wildcard: a JAX-RS runtime picks the reader with the
 * most specific media type first, and only on a tie prefers the application's over its own (RESTEasy's
 * JSON-P reader would otherwise answer malformed JSON with a 500).
 */
@Provider
@Consumes({MediaType.APPLICATION_JSON, MediaType.WILDCARD})
public class JsonBodyReader implements MessageBodyReader<JsonObject> {

    static final int MAX_BYTES = BodyLimit.DEFAULT;

    @Override
    public boolean isReadable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return type == JsonObject.class;
    }

    @Override
    public JsonObject readFrom(Class<JsonObject> type, Type genericType, Annotation[] annotations,
            MediaType mediaType, MultivaluedMap<String, String> headers, InputStream body) throws IOException {
        byte[] bytes = body.readNBytes(MAX_BYTES + 1);
        if (bytes.length > MAX_BYTES) {
            throw BodyLimitFeature.tooLarge(MAX_BYTES);
        }
        if (isBlank(bytes)) {
            return JsonValue.EMPTY_JSON_OBJECT;
        }
        JsonValue value = BoundedJsonParser.parse(bytes);
        if (value.getValueType() != JsonValue.ValueType.OBJECT) {
            throw ApiProblem.unprocessable("Request body must be a JSON object");
        }
        return value.asJsonObject();
    }

    private static boolean isBlank(byte[] bytes) {
        for (byte b : bytes) {
            if (b != ' ' && b != '\n' && b != '\r' && b != '\t') {
                return false;
            }
        }
        return true;
    }
}
