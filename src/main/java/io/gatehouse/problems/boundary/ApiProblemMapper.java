package io.gatehouse.problems.boundary;

import io.gatehouse.kernel.ApiProblem;
import io.gatehouse.problems.control.ProblemResponses;
import io.gatehouse.problems.entity.ProblemStyle;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Renders the problems that features throw. */
@Provider
public class ApiProblemMapper implements ExceptionMapper<ApiProblem> {

    @Context
    UriInfo uri;

    @Override
    public Response toResponse(ApiProblem problem) {
        return ProblemResponses.of(problem, ProblemStyle.of(uri));
    }
}
