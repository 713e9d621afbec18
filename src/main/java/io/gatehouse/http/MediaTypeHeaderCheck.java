package io.gatehouse.http;

import io.gatehouse.problems.ApiProblem;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import java.util.List;

/**
 * Refuses a request whose {@code Content-Type} or {@code Accept} header is not valid ({@link MediaTypeSyntax}) with a
 * 400 in the usual JSON, before the JAX-RS runtime tries to match it and fails in its own way.
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION - 500)
public class MediaTypeHeaderCheck implements ContainerRequestFilter {

    @Override
    public void filter(ContainerRequestContext request) {
        List<String> contentType = request.getHeaders().get(HttpHeaders.CONTENT_TYPE);
        if (contentType != null && (contentType.size() > 1 || !MediaTypeSyntax.isContentType(contentType.get(0)))) {
            throw ApiProblem.badRequest("invalid_request", "Content-Type is not a media type (RFC 9110 section 8.3)");
        }
        List<String> accept = request.getHeaders().get(HttpHeaders.ACCEPT);
        if (accept != null && !accept.stream().allMatch(MediaTypeSyntax::isAccept)) {
            throw ApiProblem.badRequest("invalid_request", "Accept is not a list of media ranges (RFC 9110 section 12.5.1)");
        }
    }
}
