package io.gatehouse.problems.control;

import io.gatehouse.kernel.ApiProblem;
import io.gatehouse.problems.entity.ProblemStyle;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.MediaType;
import java.lang.annotation.Annotation;

/**
 * Replaces a response already built by a problem, for a response filter that refuses after the fact (a request no
 * resource method took, counted only once its 404 exists): the same JSON, shape and headers as a thrown problem.
 */
public final class ProblemRewrite {

    private static final Annotation[] NONE = new Annotation[0];

    private ProblemRewrite() {
    }

    public static void into(ContainerRequestContext request, ContainerResponseContext response, ApiProblem problem) {
        String body = ProblemResponses.body(problem, ProblemStyle.of(request.getUriInfo())).toString();
        response.setStatus(problem.status());
        response.setEntity(body, NONE, MediaType.APPLICATION_JSON_TYPE);
        problem.headers().forEach(response.getHeaders()::putSingle);
    }
}
