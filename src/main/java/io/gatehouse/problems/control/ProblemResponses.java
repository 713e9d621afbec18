package io.gatehouse.problems.control;

import io.gatehouse.kernel.ApiProblem;
import io.gatehouse.problems.entity.ProblemStyle;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** Builds the JSON error response shared by every mapper, in the style of the request's path. */
public final class ProblemResponses {

    private ProblemResponses() {
    }

    public static Response of(ApiProblem problem, ProblemStyle style) {
        Response.ResponseBuilder response = Response.status(problem.status())
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(body(problem, style).toString());
        problem.headers().forEach(response::header);
        return response.build();
    }

    static JsonObject body(ApiProblem problem, ProblemStyle style) {
        if (style == ProblemStyle.CORE) {
            return Json.createObjectBuilder()
                    .add("detail", problem.detail())
                    .add("code", problem.code())
                    .add("retryable", problem.retryable())
                    .build();
        }
        boolean unauthorized = problem.status() == 401;
        String code = unauthorized ? "unauthorized" : problem.code();
        String message = unauthorized ? "Not authenticated" : problem.detail();
        return Json.createObjectBuilder()
                .add("detail", Json.createObjectBuilder().add("code", code).add("message", message))
                .add("code", code)
                .add("retryable", problem.retryable())
                .build();
    }
}
