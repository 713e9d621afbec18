package io.gatehouse.admin.entity;

import io.gatehouse.problems.control.FeatureProblems;
import io.gatehouse.kernel.FeatureException;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.gatehouse.kernel.ApiProblem;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class UserSearchTest {

    @Test
    void defaultsToFiftyOfEveryUserFromTheNewest() {
        UserSearch search = UserSearch.read(null, null, null);
        assertEquals(Optional.empty(), search.text());
        assertEquals(50, search.limit());
        assertEquals(Optional.empty(), search.cursor());
        assertEquals(Optional.empty(), UserSearch.read("   ", null, null).text(), "a blank query is no query");
    }

    @Test
    void readsQueryLimitAndCursor() {
        UserCursor cursor = UserCursor.at(OffsetDateTime.parse("2025-01-01T00:00:00Z"), UUID.randomUUID());
        UserSearch search = UserSearch.read("  Ada ", "7", cursor.encode());
        assertEquals(Optional.of("Ada"), search.text());
        assertEquals(7, search.limit());
        assertEquals(Optional.of(cursor), search.cursor());
        assertEquals(200, UserSearch.read(null, "5000", null).limit());
    }

    @Test
    void patternsEscapeLikeWildcardsAndMatchCaseInsensitivelyOnlyWhereMeant() {
        UserSearch search = UserSearch.read("User_50%!Off", null, null);
        assertEquals("%user!_50!%!!off%", search.containsPattern());
        assertEquals("User!_50!%!!Off%", search.prefixPattern(), "Clerk ids are case-sensitive");
        assertEquals(Optional.empty(), search.principalId());
    }

    @Test
    void aPrincipalIdIsAlsoMatchedExactly() {
        UUID id = UUID.randomUUID();
        assertEquals(Optional.of(id), UserSearch.read(id.toString().toUpperCase(), null, null).principalId());
        assertEquals(Optional.empty(), UserSearch.read("1-1-1-1-1", null, null).principalId());
    }

    @Test
    void badValuesAreInvalidRequests() {
        for (String limit : new String[] {"0", "-1", "", "ten", "1.5"}) {
            ApiProblem problem = FeatureProblems.of(assertThrows(FeatureException.class, () -> UserSearch.read(null, limit, null), limit));
            assertEquals(422, problem.status());
            assertEquals("invalid_request", problem.code());
            assertEquals("limit must be a positive integer (at most 200 are returned)", problem.detail());
        }
        ApiProblem cursor = FeatureProblems.of(assertThrows(FeatureException.class, () -> UserSearch.read(null, null, "garbage")));
        assertEquals("cursor is not valid; pass next_cursor of the previous page unchanged", cursor.detail());
        ApiProblem query = FeatureProblems.of(assertThrows(FeatureException.class, () -> UserSearch.read("x".repeat(321), null, null)));
        assertEquals("query must be at most 320 characters", query.detail());
        assertEquals(Optional.of("x".repeat(320)), UserSearch.read("x".repeat(320), null, null).text());
    }
}
