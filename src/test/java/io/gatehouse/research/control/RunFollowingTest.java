package io.gatehouse.research.control;

import io.gatehouse.problems.control.FeatureProblems;
import io.gatehouse.kernel.FeatureException;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.gatehouse.kernel.ApiProblem;
import org.junit.jupiter.api.Test;

class RunFollowingTest {

    @Test
    void aStreamResumesAfterAnIdTheRunWrote() {
        assertEquals(0, RunFollowing.resumeAfter(null, 5));
        assertEquals(0, RunFollowing.resumeAfter(" ", 5));
        assertEquals(3, RunFollowing.resumeAfter("3", 5));
        assertEquals(5, RunFollowing.resumeAfter(" 5 ", 5));
    }

    @Test
    void anIdTheRunNeverWroteIsRefused() {
        for (String wrong : new String[] {"6", "-1", "abc", "1.5", "99999999999"}) {
            ApiProblem problem = FeatureProblems.of(assertThrows(FeatureException.class, () -> RunFollowing.resumeAfter(wrong, 5), wrong));
            assertEquals(400, problem.status());
            assertEquals("Last-Event-ID must be the id of an event of this run (0 to 5)", problem.detail());
        }
    }
}
