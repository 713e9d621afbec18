package io.gatehouse.http.boundary;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;

/**
 * One answer to {@code OPTIONS} on every server: {@code 204} with the {@code Allow} header. Left alone,
 * the JAX-RS runtimes answer it each their own way (Jersey with a WADL document, RESTEasy with a plain-text
 * method list).
 */
@Provider
public class OptionsResponses implements ContainerResponseFilter {

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (HttpMethod.OPTIONS.equals(request.getMethod())
                && response.getStatus() == Response.Status.OK.getStatusCode()
                && response.getHeaders().containsKey(HttpHeaders.ALLOW)) {
            response.setEntity(null);
            response.getHeaders().remove(HttpHeaders.CONTENT_TYPE);
            response.setStatus(Response.Status.NO_CONTENT.getStatusCode());
        }
    }
}
