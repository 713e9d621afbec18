package io.gatehouse.plans.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import org.junit.jupiter.api.Test;

class PlanCreditsTest {

    private static final String EXPECTED = "PLANS must be a comma-separated list of plan:credits such as free:20,pro:500";

    @Test
    void eachPlanGetsItsTotal() {
        assertEquals(Map.of("free", 20, "pro", 500), PlanCredits.parse("free:20,pro:500", "7"));
        assertEquals(Map.of("free", 0, "team-2", 1000), PlanCredits.parse(" free : 0 , team-2:1000 ", "7"));
    }

    @Test
    void freePlanCreditsIsTheFallbackWhenPlansDoesNotNameFree() {
        assertEquals(Map.of("free", 20), PlanCredits.parse(null, "20"));
        assertEquals(Map.of("free", 35), PlanCredits.parse("  ", "35"));
        assertEquals(Map.of("free", 35, "pro", 500), PlanCredits.parse("pro:500", "35"));
        assertEquals(Map.of("free", 5), PlanCredits.parse("free:5", "35"), "PLANS wins over FREE_PLAN_CREDITS");
    }

    @Test
    void malformedPlansNameTheEntry() {
        assertRefused("free:20,", EXPECTED + " (entry 2 is empty)");
        assertRefused("free=20", EXPECTED + " (entry 1 is missing the colon)");
        assertRefused("free:20,Pro:5", EXPECTED + " (entry 2: a plan name is 1 to 32 lower-case letters, digits, - or _)");
        assertRefused(":5", EXPECTED + " (entry 1: a plan name is 1 to 32 lower-case letters, digits, - or _)");
        assertRefused("pro:-1", EXPECTED + " (entry 1: credits must be a whole number from 0 to 999999999)");
        assertRefused("pro:lots", EXPECTED + " (entry 1: credits must be a whole number from 0 to 999999999)");
        assertRefused("pro:1234567890", EXPECTED + " (entry 1: credits must be a whole number from 0 to 999999999)");
        assertRefused("pro:1,pro:2", "PLANS names plan pro twice");
    }

    @Test
    void aMalformedFreePlanCreditsIsRefusedOnlyWhenUsed() {
        assertRefused(null, "FREE_PLAN_CREDITS must be a whole number from 0 to 999999999");
        assertEquals(Map.of("free", 3), PlanCredits.parse("free:3", "many"));
    }

    private static void assertRefused(String plans, String message) {
        String freePlanCredits = plans == null ? "many" : "20";
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> PlanCredits.parse(plans, freePlanCredits));
        assertEquals(message, refused.getMessage());
    }
}
