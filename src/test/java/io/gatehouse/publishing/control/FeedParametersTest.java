package io.gatehouse.publishing.control;

import io.gatehouse.problems.control.FeatureProblems;
import io.gatehouse.kernel.FeatureException;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.gatehouse.kernel.ApiProblem;
import io.gatehouse.publishing.entity.FeedSort;
import org.junit.jupiter.api.Test;

class FeedParametersTest {

    @Test
    void limitDefaultsTo20AndIsCappedAt100() {
        assertEquals(20, FeedParameters.limit(null));
        assertEquals(1, FeedParameters.limit("1"));
        assertEquals(37, FeedParameters.limit("037"));
        assertEquals(100, FeedParameters.limit("100"));
        assertEquals(100, FeedParameters.limit("500"));
        assertEquals(100, FeedParameters.limit("99999999999999999999999"));
    }

    @Test
    void aLimitThatIsNotAPositiveIntegerIsRefused() {
        for (String limit : new String[] {"0", "000", "-1", "abc", "", "1.5", " 5", "1e3"}) {
            ApiProblem problem = FeatureProblems.of(assertThrows(FeatureException.class, () -> FeedParameters.limit(limit), limit));
            assertEquals(422, problem.status());
            assertEquals("invalid_request", problem.code());
        }
    }

    @Test
    void sortIsRecentByDefaultOrPopular() {
        assertEquals(FeedSort.RECENT, FeedParameters.sort(null));
        assertEquals(FeedSort.RECENT, FeedParameters.sort("recent"));
        assertEquals(FeedSort.POPULAR, FeedParameters.sort("popular"));
        for (String sort : new String[] {"best", "", "RECENT", "Popular"}) {
            ApiProblem problem = FeatureProblems.of(assertThrows(FeatureException.class, () -> FeedParameters.sort(sort), sort));
            assertEquals("sort must be recent or popular", problem.detail());
            assertEquals("invalid_request", problem.code());
        }
    }
}
