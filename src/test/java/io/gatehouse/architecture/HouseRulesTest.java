package io.gatehouse.architecture;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.EvaluationResult;
import org.junit.jupiter.api.Test;

/** The rules fail where they should: on fixtures (under {@code houserules}, test code only) that break them. */
class HouseRulesTest {

    private static JavaClasses fixtures(String root) {
        return new ClassFileImporter().importPackages(root);
    }

    @Test
    void aLoopBetweenTwoFeaturesIsFound() {
        EvaluationResult result = HouseRules.featuresFreeOfCycles("houserules.looped").evaluate(fixtures("houserules.looped"));
        assertTrue(result.hasViolation(), "orders -> billing -> orders must be reported");
        assertTrue(result.getFailureReport().toString().contains("billing"), result.getFailureReport()::toString);
    }

    @Test
    void anEntityUsingAControlIsFound() {
        EvaluationResult result = HouseRules.entitiesStayBelow("houserules.layered").evaluate(fixtures("houserules.layered"));
        assertTrue(result.hasViolation(), "shop.entity.Item -> shop.control.Cart must be reported");
    }

    @Test
    void theLayeredFixtureHasNoLoop() {
        assertFalse(HouseRules.featuresFreeOfCycles("houserules.layered").evaluate(fixtures("houserules.layered")).hasViolation());
    }
}
