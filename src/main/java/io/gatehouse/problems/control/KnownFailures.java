package io.gatehouse.problems.control;

import io.gatehouse.kernel.ApiProblem;
import io.gatehouse.kernel.FeatureException;
import io.gatehouse.persistence.control.ConnectionFailures;
import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.PessimisticLockException;
import java.util.Map;

/**
 * Recognises failures that are not bugs: an {@link ApiProblem} wrapped by an interceptor, lock contention, or the
 * database out of reach (an outage: the client may retry once it is back).
 */
public final class KnownFailures {

    static final String DATABASE_UNAVAILABLE = "Database unavailable; retry shortly";

    private KnownFailures() {
    }

    public static ApiProblem translate(Throwable exception) {
        for (Throwable t = exception; t != null; t = t.getCause()) {
            if (t instanceof ApiProblem problem) {
                return problem;
            }
            if (t instanceof FeatureException refusal) {
                return FeatureProblems.of(refusal);
            }
            if (t instanceof LockTimeoutException || t instanceof PessimisticLockException) {
                return new ApiProblem(409, "busy", "Another request is changing the same data; retry",
                        true, Map.of("Retry-After", "1"));
            }
        }
        if (ConnectionFailures.in(exception)) {
            return new ApiProblem(503, "database_unavailable", DATABASE_UNAVAILABLE, true, Map.of("Retry-After", "5"));
        }
        return null;
    }
}
