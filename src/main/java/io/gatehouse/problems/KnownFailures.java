package io.gatehouse.problems;

import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.PessimisticLockException;
import java.util.Map;

/** Recognises failures that are not bugs: an {@link ApiProblem} wrapped by an interceptor, or lock contention. */
final class KnownFailures {

    private KnownFailures() {
    }

    static ApiProblem translate(Throwable exception) {
        for (Throwable t = exception; t != null; t = t.getCause()) {
            if (t instanceof ApiProblem problem) {
                return problem;
            }
            if (t instanceof LockTimeoutException || t instanceof PessimisticLockException) {
                return new ApiProblem(409, "busy", "Another request is changing the same data; retry",
                        true, Map.of("Retry-After", "1"));
            }
        }
        return null;
    }
}
