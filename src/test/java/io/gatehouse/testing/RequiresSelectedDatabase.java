package io.gatehouse.testing;

import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Skips integration test classes on a PostgreSQL run when no PostgreSQL server answers, so a machine
 * without PostgreSQL still builds, and says so plainly in the build log instead of passing silently.
 *
 * <p>Register it before Arquillian on each integration test class:
 * <pre>
 * &#64;ExtendWith(RequiresSelectedDatabase.class)
 * &#64;ExtendWith(ArquillianExtension.class)
 * </pre>
 * Conditions are evaluated before any callback, so a skipped class never starts Payara Micro.
 */
public final class RequiresSelectedDatabase implements ExecutionCondition {

    static final String SKIP_REASON = "PostgreSQL run skipped: no server answers at "
            + TestDatabase.POSTGRESQL_HOST + ":" + TestDatabase.POSTGRESQL_PORT;

    private static final AtomicBoolean announced = new AtomicBoolean();

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (!TestDatabase.postgresqlSelected()) {
            return ConditionEvaluationResult.enabled("H2 run");
        }
        if (Reachability.POSTGRESQL) {
            return ConditionEvaluationResult.enabled("PostgreSQL answers");
        }
        if (announced.compareAndSet(false, true)) {
            System.out.println(SKIP_REASON);
        }
        return ConditionEvaluationResult.disabled(SKIP_REASON);
    }

    /** Probed once per JVM, on first need, so a missing server costs one connect timeout, not one per test. */
    private static final class Reachability {
        static final boolean POSTGRESQL = TestDatabase.postgresqlReachable();
    }
}
