package io.gatehouse.testing;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.http.HttpHeaders;

/**
 * What Gatehouse answered, with the body already read as text so assertions can print it when they fail.
 *
 * @param status  the HTTP status code
 * @param headers the response headers (lookups are case-insensitive)
 * @param body    the body decoded as text, empty when there is none
 */
public record HttpReply(int status, HttpHeaders headers, String body) {

    /** The body as a JSON object; fails with the status and body in the message when it is not one. */
    public JsonObject json() {
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            return reader.readObject();
        } catch (JsonException | IllegalStateException e) {
            throw new IllegalStateException("body is not a JSON object: " + this, e);
        }
    }

    /** The body as a JSON array; fails with the status and body in the message when it is not one. */
    public JsonArray jsonArray() {
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            return reader.readArray();
        } catch (JsonException | IllegalStateException e) {
            throw new IllegalStateException("body is not a JSON array: " + this, e);
        }
    }

    /** First value of the header, or null. */
    public String header(String name) {
        return headers.firstValue(name).orElse(null);
    }

    /**
     * The problem detail's {@code detail} member when it is a JSON string, else null (also when the body is
     * not JSON at all, so a check on the detail fails on the value rather than on parsing).
     */
    public String detail() {
        JsonObject object;
        try {
            object = json();
        } catch (IllegalStateException e) {
            return null;
        }
        JsonValue detail = object.get("detail");
        return detail instanceof JsonString text ? text.getString() : null;
    }

    @Override
    public String toString() {
        return "HTTP " + status + " " + body;
    }
}
