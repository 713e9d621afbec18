package io.gatehouse.http.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.gatehouse.kernel.ApiProblem;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

class JsonFieldsTest {

    private static JsonObject body(String json) {
        return Json.createReader(new java.io.StringReader(json)).readObject();
    }

    private static String refusal(JsonObject body) {
        ApiProblem problem = assertThrows(ApiProblem.class, () -> JsonFields.requiredText(body, "device_id", 8));
        assertEquals(422, problem.status());
        return problem.detail();
    }

    @Test
    void acceptsAPrintableStringWithinTheLimit() {
        assertEquals("ipad-7F3", JsonFields.requiredText(body("{\"device_id\": \"ipad-7F3\"}"), "device_id", 8));
        assertEquals("ünïcödé", JsonFields.requiredText(body("{\"device_id\": \"ünïcödé\"}"), "device_id", 8));
    }

    @Test
    void saysWhyAValueIsRefused() {
        assertEquals("device_id required", refusal(body("{}")));
        assertEquals("device_id required", refusal(null));
        assertEquals("device_id required", refusal(body("{\"device_id\": null}")));
        assertEquals("device_id must be a string", refusal(body("{\"device_id\": [1]}")));
        assertEquals("device_id must not be empty", refusal(body("{\"device_id\": \" \"}")));
        assertEquals("device_id must be at most 8 characters", refusal(body("{\"device_id\": \"123456789\"}")));
        assertEquals("device_id must contain printable characters only", refusal(body("{\"device_id\": \"a\\tb\"}")));
        assertEquals("device_id must contain printable characters only", refusal(body("{\"device_id\": \"a\\u200Eb\"}")));
    }
}
