package io.gatehouse.problems.boundary;

import io.gatehouse.kernel.ApiProblem;
import io.gatehouse.problems.control.KnownFailures;
import io.gatehouse.problems.control.ProblemResponses;
import io.gatehouse.problems.control.StatusTexts;
import io.gatehouse.problems.entity.ProblemStyle;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Map;

/**
 * Gives the JAX-RS runtime's own refusals (unknown path, wrong method, unreadable body) the same JSON
 * shape as Gatehouse's problems, so no server's HTML error page ever reaches a client.
 */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

    @Context
    UriInfo uri;

    @Override
    public Response toResponse(WebApplicationException exception) {
        ApiProblem known = KnownFailures.translate(exception);
        if (known != null) {
            return ProblemResponses.of(known, ProblemStyle.of(uri));
        }
        int status = exception.getResponse().getStatus();
        if (status >= 500) {
            return ProblemResponses.of(new ApiProblem(500, "internal_error", "Internal server error"), ProblemStyle.of(uri));
        }
        Map<String, String> headers = exception instanceof NotAllowedException
                ? Map.of(HttpHeaders.ALLOW, String.join(", ", exception.getResponse().getAllowedMethods()))
                : Map.of();
        ApiProblem problem = new ApiProblem(status, StatusTexts.codeFor(status), StatusTexts.detailFor(status), false, headers);
        return ProblemResponses.of(problem, ProblemStyle.of(uri));
    }
}
