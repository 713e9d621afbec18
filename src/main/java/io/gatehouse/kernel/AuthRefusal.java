package io.gatehouse.kernel;

import io.gatehouse.security.boundary.Challenges;
import io.gatehouse.kernel.ApiProblem;
import java.util.Map;

/** Why a presented credential was not accepted, with the status and detail the client sees. */
public record AuthRefusal(int status, String code, String detail, boolean retryable) {

    /** Request attribute under which the mechanism leaves the refusal for the access filter. */
    public static final String ATTRIBUTE = AuthRefusal.class.getName();

    public static AuthRefusal invalid(String reason) {
        return new AuthRefusal(401, "invalid_token", "Invalid token: " + reason, false);
    }

    public static AuthRefusal expired() {
        return new AuthRefusal(401, "token_expired", "Token expired", false);
    }

    public static AuthRefusal unauthorized(String code, String detail) {
        return new AuthRefusal(401, code, detail, false);
    }

    public static AuthRefusal unavailable(String code, String detail) {
        return new AuthRefusal(503, code, detail, true);
    }

    /** The problem to answer with; a 401 carries the RFC 6750 challenge for a refused token. */
    public ApiProblem toProblem() {
        if (status != 401) {
            return new ApiProblem(status, code, detail, retryable, retryable ? Map.of("Retry-After", "5") : Map.of());
        }
        return new ApiProblem(status, code, detail, false, Map.of("WWW-Authenticate", Challenges.invalidToken(detail)));
    }
}
