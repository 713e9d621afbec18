package io.gatehouse.problems;

import jakarta.json.Json;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** Builds the JSON error response shared by every mapper. */
final class ProblemResponses {

    private ProblemResponses() {
    }

    static Response of(ApiProblem problem) {
        Response.ResponseBuilder response = Response.status(problem.status())
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(Json.createObjectBuilder()
                        .add("detail", problem.detail())
                        .add("code", problem.code())
                        .add("retryable", problem.retryable())
                        .build()
                        .toString());
        problem.headers().forEach(response::header);
        return response.build();
    }
}
