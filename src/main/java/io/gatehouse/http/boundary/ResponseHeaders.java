package io.gatehouse.http.boundary;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.Provider;
import java.util.List;

/**
 * Headers every Gatehouse response carries, on every server: responses hold tokens and personal data, so
 * no cache may keep them ({@code Cache-Control: no-store}, as RFC 6749 section 5.1 asks of token responses),
 * and browsers must not sniff a JSON body into something else, nor frame it.
 */
@Provider
public class ResponseHeaders implements ContainerResponseFilter {

    private static final List<Object> NO_STORE = List.of("no-store");
    private static final List<Object> NOSNIFF = List.of("nosniff");
    private static final List<Object> DENY = List.of("DENY");

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        MultivaluedMap<String, Object> headers = response.getHeaders();
        headers.putIfAbsent(HttpHeaders.CACHE_CONTROL, NO_STORE);
        headers.putIfAbsent("X-Content-Type-Options", NOSNIFF);
        headers.putIfAbsent("X-Frame-Options", DENY);
    }
}
