package io.gatehouse.http.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.gatehouse.kernel.ApiProblem;
import jakarta.json.JsonValue;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class BoundedJsonParserTest {

    private static JsonValue parse(String json) {
        return BoundedJsonParser.parse(json.getBytes(StandardCharsets.UTF_8));
    }

    private static ApiProblem refusal(byte[] body) {
        return assertThrows(ApiProblem.class, () -> BoundedJsonParser.parse(body));
    }

    private static ApiProblem refusal(String json) {
        return refusal(json.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void readsWhatTheResourcesSend() {
        JsonValue value = parse("{\"slug\": \"a-b\", \"tags\": [\"x\", \"y\"], \"n\": 12, \"f\": -0.5e3, \"t\": true, "
                + "\"z\": null, \"o\": {\"k\": [[], {}]}}");
        assertEquals("{\"slug\":\"a-b\",\"tags\":[\"x\",\"y\"],\"n\":12,\"f\":-5E+2,\"t\":true,\"z\":null,\"o\":{\"k\":[[],{}]}}",
                value.toString());
        assertEquals("ünï", parse("\uFEFF{\"d\": \"ünï\"}").asJsonObject().getString("d"), "a byte order mark is ignored");
        assertEquals(JsonValue.ValueType.ARRAY, parse(" [1, 2] ").getValueType());
    }

    @Test
    void nestingIsBoundedLongBeforeTheStackIs() {
        String ok = "[".repeat(BoundedJsonParser.MAX_DEPTH) + "]".repeat(BoundedJsonParser.MAX_DEPTH);
        assertEquals(JsonValue.ValueType.ARRAY, parse(ok).getValueType());
        for (String deep : new String[] {
                "[".repeat(BoundedJsonParser.MAX_DEPTH + 1) + "]".repeat(BoundedJsonParser.MAX_DEPTH + 1),
                "{\"device_id\": " + "[".repeat(2000) + "]".repeat(2000) + "}",
                "{\"a\":".repeat(100_000)}) {
            ApiProblem problem = refusal(deep);
            assertEquals(400, problem.status());
            assertEquals("json_too_deep", problem.code());
            assertEquals(BoundedJsonParser.TOO_DEEP, problem.detail());
        }
    }

    @Test
    void aKeyTwiceInOneObjectIsRefused() {
        ApiProblem problem = refusal("{\"device_id\": \"a\", \"device_id\": \"b\"}");
        assertEquals(400, problem.status());
        assertEquals("malformed_json", problem.code());
        assertEquals("Malformed JSON body: duplicate key device_id", problem.detail());
        assertEquals("Malformed JSON body: duplicate key ?x", refusal("{\"o\": {\"\\u0000x\": 1, \"\\u0000x\": 2}}").detail());
        assertEquals(2, parse("{\"a\": {\"k\": 1}, \"b\": {\"k\": 1}}").asJsonObject().size(), "the same key in two objects");
    }

    @Test
    void hugeNumbersAreRefusedBeforeAnythingConvertsThem() {
        for (String number : new String[] {"1e999999999", "1e-999999999", "-1E-2147483648", "1e2147483648", "1".repeat(65), "1E+65", "0." + "0".repeat(70) + "1"}) {
            ApiProblem problem = refusal("{\"expires_in_days\": " + number + "}");
            assertEquals(400, problem.status(), number);
            assertEquals("number_too_large", problem.code(), number);
        }
        assertEquals("1E+63", parse("[1e63]").asJsonArray().get(0).toString());
        assertEquals(1234567890123L, parse("[1234567890123]").asJsonArray().getJsonNumber(0).longValueExact());
    }

    @Test
    void bytesThatAreNotUtf8AreRefused() {
        byte[] latin1 = "{\"device_id\": \"caf\u00e9\"}".getBytes(StandardCharsets.ISO_8859_1);
        ApiProblem problem = refusal(latin1);
        assertEquals(400, problem.status());
        assertEquals("Malformed JSON body: not valid UTF-8", problem.detail());
        assertEquals(BoundedJsonParser.NOT_UTF8, refusal(new byte[] {'"', (byte) 0xC0, (byte) 0xAF, '"'}).detail(), "overlong");
        assertEquals(BoundedJsonParser.NOT_UTF8, refusal(new byte[] {'"', (byte) 0xED, (byte) 0xA0, (byte) 0x80, '"'}).detail(),
                "an encoded surrogate");
    }

    @Test
    void anythingElseThatIsNotOneJsonValueIsMalformed() {
        for (String bad : new String[] {"{", "{\"device_id\": ", "{} {}", "{}x", "[1,]", "{'a': 1}", "nul", "\"\\x\"", "}"}) {
            ApiProblem problem = refusal(bad);
            assertEquals(400, problem.status(), bad);
            assertEquals("Malformed JSON body", problem.detail(), bad);
        }
    }
}
