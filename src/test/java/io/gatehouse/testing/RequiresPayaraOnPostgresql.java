package io.gatehouse.testing;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Runs a test class only on the Payara Micro run against PostgreSQL, with a PostgreSQL server answering: what a
 * cluster needs (WildFly runs Gatehouse as a single instance, and members share one database, which an embedded
 * H2 is not). Otherwise the class is skipped with the reason, which the build's report shows for the class (an
 * assumption failing in {@code @BeforeAll} would leave no trace there: "Tests run: 0").
 */
public final class RequiresPayaraOnPostgresql implements ExecutionCondition {

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (context.getTestMethod().isPresent()) {
            return ConditionEvaluationResult.enabled("decided for the class");
        }
        String test = context.getRequiredTestClass().getSimpleName();
        if (!ServerProcess.selected().equals("payara")) {
            return ConditionEvaluationResult.disabled(test + " skipped: clustering is Payara Micro's, and this run is on "
                    + ServerProcess.selected() + ", which runs Gatehouse as a single instance");
        }
        if (!TestDatabase.postgresqlSelected()) {
            return ConditionEvaluationResult.disabled(test + " skipped: cluster members share one PostgreSQL database, "
                    + "and this run is on " + TestDatabase.selected());
        }
        if (!TestDatabase.postgresqlReachable()) {
            return ConditionEvaluationResult.disabled(test + " skipped: " + RequiresSelectedDatabase.SKIP_REASON);
        }
        return ConditionEvaluationResult.enabled("Payara Micro on PostgreSQL");
    }
}
