package io.gatehouse.publishing.control;

import io.gatehouse.problems.control.FeatureProblems;
import io.gatehouse.kernel.FeatureException;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.gatehouse.kernel.ApiProblem;
import io.gatehouse.publishing.entity.PublishRequest;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class PublishRequestReaderTest {

    @Test
    void aFullRequestIsRead() {
        PublishRequest request = read("{\"slug\": \"my-game-2\", \"tags\": [\"Games\", \"retro\", \"games\"], \"handle\": \"ada_l\"}");
        assertEquals("my-game-2", request.slug());
        assertEquals(List.of("games", "retro"), request.tags(), "lower-cased, duplicates collapsed, sorted");
        assertEquals("ada_l", request.handle());
    }

    @Test
    void tagsAndHandleAreOptional() {
        PublishRequest request = read("{\"slug\": \"abc\", \"tags\": null, \"handle\": null}");
        assertEquals(List.of(), request.tags());
        assertNull(request.handle());
        assertEquals(List.of(), read("{\"slug\": \"abc\"}").tags());
    }

    @Test
    void theSlugMustFollowItsRule() {
        assertInvalid("{}", "slug required");
        assertInvalid("{\"slug\": 5}", "slug must be a string");
        for (String slug : new String[] {"ab", "-abc", "abc-", "ab_c", "Abc", "a b c", "é-abc", "a".repeat(65), ""}) {
            assertInvalid("{\"slug\": \"" + slug + "\"}", PublishRequestReader.SLUG_RULE);
        }
        assertEquals("a".repeat(64), read("{\"slug\": \"" + "a".repeat(64) + "\"}").slug());
        assertEquals("a-b", read("{\"slug\": \"a-b\"}").slug());
        assertInvalid("{\"slug\": \"community\"}", "slug community is reserved");
    }

    @Test
    void tagsMustFollowTheirRule() {
        assertInvalid("{\"slug\": \"abc\", \"tags\": \"games\"}", "tags must be an array of strings");
        assertInvalid("{\"slug\": \"abc\", \"tags\": [1]}", "tags must be an array of strings");
        assertInvalid("{\"slug\": \"abc\", \"tags\": [\"\"]}", PublishRequestReader.TAG_RULE);
        assertInvalid("{\"slug\": \"abc\", \"tags\": [\"two words\"]}", PublishRequestReader.TAG_RULE);
        assertInvalid("{\"slug\": \"abc\", \"tags\": [\"" + "t".repeat(33) + "\"]}", PublishRequestReader.TAG_RULE);
        assertInvalid("{\"slug\": \"abc\", \"tags\": [" + tags(11) + "]}", "at most 10 tags are allowed");
        assertEquals(10, read("{\"slug\": \"abc\", \"tags\": [" + tags(10) + ", \"T0\", \"t1\"]}").tags().size());
    }

    @Test
    void theHandleMustFollowItsRule() {
        for (String handle : new String[] {"ab", "Ada", "ada lovelace", "a".repeat(31), "ada.l"}) {
            assertInvalid("{\"slug\": \"abc\", \"handle\": \"" + handle + "\"}", PublishRequestReader.HANDLE_RULE);
        }
        assertInvalid("{\"slug\": \"abc\", \"handle\": 7}", "handle must be a string");
    }

    @Test
    void unknownFieldsAreRefused() {
        assertInvalid("{\"slug\": \"abc\", \"owner_id\": \"x\"}", "Unknown field owner_id; fields: slug, tags, handle");
    }

    private static String tags(int count) {
        StringBuilder tags = new StringBuilder();
        for (int i = 0; i < count; i++) {
            tags.append(i == 0 ? "" : ", ").append("\"t").append(i).append('"');
        }
        return tags.toString();
    }

    private static PublishRequest read(String json) {
        return PublishRequestReader.read(parse(json));
    }

    private static void assertInvalid(String json, String detail) {
        ApiProblem problem = FeatureProblems.of(assertThrows(FeatureException.class, () -> read(json), json));
        assertEquals(422, problem.status());
        assertEquals("invalid_request", problem.code());
        assertEquals(detail, problem.detail());
    }

    private static JsonObject parse(String json) {
        return Json.createReader(new StringReader(json)).readObject();
    }
}
