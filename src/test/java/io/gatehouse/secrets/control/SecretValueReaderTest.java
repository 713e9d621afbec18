package io.gatehouse.secrets.control;

import io.gatehouse.problems.control.FeatureProblems;
import io.gatehouse.kernel.FeatureException;
import io.gatehouse.secrets.entity.SecretName;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.gatehouse.kernel.ApiProblem;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

class SecretValueReaderTest {

    @Test
    void readsTheValue() {
        assertEquals("sk-ant-123", SecretValueReader.read(Json.createObjectBuilder().add("value", "sk-ant-123").build()));
        assertEquals("v".repeat(4096), SecretValueReader.read(Json.createObjectBuilder().add("value", "v".repeat(4096)).build()));
    }

    @Test
    void refusesBadBodiesWithoutEchoingTheValue() {
        assertRefused(Json.createObjectBuilder().build(), "value required");
        assertRefused(null, "value required");
        assertRefused(Json.createObjectBuilder().add("value", 42).build(), "value must be a string");
        assertRefused(Json.createObjectBuilder().add("value", "  ").build(), "value must not be empty");
        assertRefused(Json.createObjectBuilder().add("value", "v".repeat(4097)).build(), "value must be at most 4096 characters");
        assertRefused(Json.createObjectBuilder().add("value", "sk-123").add("scope", "x").build(),
                "Unknown field scope; fields: value");
    }

    @Test
    void unknownSecretNamesAreNotFound() {
        ApiProblem problem = FeatureProblems.of(assertThrows(FeatureException.class, () -> SecretName.parse("aws_key")));
        assertEquals(404, problem.status());
        assertEquals("not_found", problem.code());
        assertEquals("Unknown secret aws_key; known: github_pat, anthropic_key, openai_key", problem.detail());
        assertEquals(SecretName.OPENAI_KEY, SecretName.parse("openai_key"));
    }

    private static void assertRefused(JsonObject body, String detail) {
        RuntimeException refused = assertThrows(RuntimeException.class, () -> SecretValueReader.read(body));
        // the JSON field rules (http) answer as HTTP already; the secret's own rules throw the feature's exception
        ApiProblem problem = refused instanceof FeatureException feature ? FeatureProblems.of(feature) : (ApiProblem) refused;
        assertEquals(422, problem.status());
        assertEquals("validation_failed", problem.code());
        assertEquals(detail, problem.detail());
        assertFalse(problem.detail().contains("sk-"));
    }
}
