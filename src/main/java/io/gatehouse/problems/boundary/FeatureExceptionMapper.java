package io.gatehouse.problems.boundary;

import io.gatehouse.kernel.FeatureException;
import io.gatehouse.problems.control.FeatureProblems;
import io.gatehouse.problems.control.ProblemResponses;
import io.gatehouse.problems.entity.ProblemStyle;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Answers a feature's refusal with the documented JSON problem, as {@link ApiProblemMapper} answers an {@code ApiProblem}. */
@Provider
public class FeatureExceptionMapper implements ExceptionMapper<FeatureException> {

    @Context
    UriInfo uri;

    @Override
    public Response toResponse(FeatureException refusal) {
        return ProblemResponses.of(FeatureProblems.of(refusal), ProblemStyle.of(uri));
    }
}
