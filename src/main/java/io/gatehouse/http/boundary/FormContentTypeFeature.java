package io.gatehouse.http.boundary;

import io.gatehouse.kernel.ApiProblem;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Method;
import java.util.List;

/**
 * A resource method that reads a form ({@code @Consumes(application/x-www-form-urlencoded)} and nothing else) refuses
 * a request without a {@code Content-Type} with 415: a runtime matches such a request anyway, and Jersey then fails on
 * the method's {@code @FormParam} with a 500.
 */
@Provider
public class FormContentTypeFeature implements DynamicFeature {

    static final String DETAIL = "Unsupported media type: send the form as application/x-www-form-urlencoded";

    @Override
    public void configure(ResourceInfo resource, FeatureContext context) {
        Method method = resource.getResourceMethod();
        if (method == null) {
            return;
        }
        Consumes consumes = method.getAnnotation(Consumes.class);
        if (consumes == null && resource.getResourceClass() != null) {
            consumes = resource.getResourceClass().getAnnotation(Consumes.class);
        }
        if (consumes != null && List.of(consumes.value()).equals(List.of(MediaType.APPLICATION_FORM_URLENCODED))) {
            context.register(new RequireContentType(), Priorities.ENTITY_CODER);
        }
    }

    static final class RequireContentType implements ContainerRequestFilter {

        @Override
        public void filter(ContainerRequestContext request) {
            if (request.getHeaderString("Content-Type") == null) {
                throw new ApiProblem(415, "unsupported_media_type", DETAIL);
            }
        }
    }
}
