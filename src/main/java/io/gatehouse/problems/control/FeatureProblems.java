package io.gatehouse.problems.control;

import io.gatehouse.kernel.ApiProblem;
import io.gatehouse.kernel.FeatureException;

/** The HTTP answer to a feature's refusal: its reason's status, its code, detail and headers as they are. */
public final class FeatureProblems {

    private FeatureProblems() {
    }

    public static ApiProblem of(FeatureException refusal) {
        return new ApiProblem(statusOf(refusal.reason()), refusal.code(), refusal.detail(), refusal.retryable(),
                refusal.headers());
    }

    static int statusOf(FeatureException.Reason reason) {
        return switch (reason) {
            case INVALID -> 400;
            case UNAUTHENTICATED -> 401;
            case PAYMENT_REQUIRED -> 402;
            case FORBIDDEN -> 403;
            case NOT_FOUND -> 404;
            case NOT_ALLOWED -> 405;
            case CONFLICT -> 409;
            case UNPROCESSABLE -> 422;
            case LIMITED -> 429;
            case FAILED -> 500;
            case UPSTREAM_FAILED -> 502;
            case UNAVAILABLE -> 503;
        };
    }
}
