package io.gatehouse.problems;

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
        int status = exception.getResponse().getStatus();
        if (status >= 500) {
            return ProblemResponses.of(new ApiProblem(500, "internal_error", "Internal server error"), ProblemStyle.of(uri));
        }
        Map<String, String> headers = exception instanceof NotAllowedException
                ? Map.of(HttpHeaders.ALLOW, String.join(", ", exception.getResponse().getAllowedMethods()))
                : Map.of();
        return ProblemResponses.of(new ApiProblem(status, codeFor(status), detailFor(status), false, headers), ProblemStyle.of(uri));
    }

    private static String codeFor(int status) {
        return switch (status) {
            case 400 -> "bad_request";
            case 401 -> "unauthorized";
            case 403 -> "forbidden";
            case 404 -> "not_found";
            case 405 -> "method_not_allowed";
            case 406 -> "not_acceptable";
            case 413 -> "payload_too_large";
            case 415 -> "unsupported_media_type";
            default -> "http_" + status;
        };
    }

    private static String detailFor(int status) {
        return switch (status) {
            case 400 -> "Bad request";
            case 401 -> "Missing Bearer token";
            case 403 -> "Forbidden";
            case 404 -> "Not found";
            case 405 -> "Method not allowed";
            case 406 -> "Not acceptable";
            case 413 -> "Request body too large";
            case 415 -> "Unsupported media type";
            default -> Response.Status.Family.familyOf(status) + " " + status;
        };
    }
}
