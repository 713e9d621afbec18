package io.gatehouse.cors.boundary;

import io.gatehouse.cors.control.CorsOrigins;
import io.gatehouse.cors.control.CorsPolicy;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;

/**
 * Answers CORS preflights from allowed origins itself (204 with the grants) and adds the grants to every
 * response to an allowed origin. A request from any other origin is served as usual, without grants, so
 * the browser keeps the response from the page.
 */
@Provider
@PreMatching
public class CorsFilter implements ContainerRequestFilter, ContainerResponseFilter {

    private static final String ORIGIN = "Origin";

    @Override
    public void filter(ContainerRequestContext request) {
        String origin = request.getHeaderString(ORIGIN);
        if (!isPreflight(request) || !policy().allows(origin)) {
            return;
        }
        String headers = CorsPolicy.grantedHeaders(request.getHeaderString("Access-Control-Request-Headers"));
        if (headers == null) {
            return;
        }
        Response.ResponseBuilder preflight = Response.noContent()
                .header("Access-Control-Allow-Origin", origin)
                .header("Access-Control-Allow-Credentials", "true")
                .header("Access-Control-Allow-Methods", CorsPolicy.ALLOWED_METHODS)
                .header("Access-Control-Max-Age", CorsPolicy.MAX_AGE_SECONDS)
                .header("Vary", ORIGIN);
        if (!headers.isEmpty()) {
            preflight.header("Access-Control-Allow-Headers", headers);
        }
        request.abortWith(preflight.build());
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        String origin = request.getHeaderString(ORIGIN);
        if (origin == null || isPreflight(request)) {
            return;
        }
        MultivaluedMap<String, Object> headers = response.getHeaders();
        headers.add("Vary", ORIGIN);
        if (policy().allows(origin)) {
            headers.putSingle("Access-Control-Allow-Origin", origin);
            headers.putSingle("Access-Control-Allow-Credentials", "true");
            headers.putSingle("Access-Control-Expose-Headers", CorsPolicy.EXPOSED_HEADERS);
        }
    }

    /** A preflight is answered (or refused) by the request filter alone; the response filter never grants one. */
    private static boolean isPreflight(ContainerRequestContext request) {
        return HttpMethod.OPTIONS.equals(request.getMethod())
                && request.getHeaderString("Access-Control-Request-Method") != null;
    }

    private static CorsPolicy policy() {
        return CorsOrigins.policy();
    }
}
