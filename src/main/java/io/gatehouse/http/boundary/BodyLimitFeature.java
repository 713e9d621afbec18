package io.gatehouse.http.boundary;

import io.gatehouse.kernel.ApiProblem;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Method;

/**
 * Bounds the request body of every resource method ({@link BodyLimit}, else {@value BodyLimit#DEFAULT} bytes),
 * whatever reads it (the JSON reader, a form, a string): a declared {@code Content-Length} over the limit is
 * refused before a byte is read, and any other body is cut off with the same 413 once it passes the limit.
 * Runs after authentication and authorization, so a caller who may not call the method learns nothing more.
 */
@Provider
public class BodyLimitFeature implements DynamicFeature {

    @Override
    public void configure(ResourceInfo resource, FeatureContext context) {
        Method method = resource.getResourceMethod();
        if (method == null) {
            return;
        }
        BodyLimit chosen = method.getAnnotation(BodyLimit.class);
        if (chosen == null && resource.getResourceClass() != null) {
            chosen = resource.getResourceClass().getAnnotation(BodyLimit.class);
        }
        context.register(new Filter(chosen == null ? BodyLimit.DEFAULT : chosen.value()), Priorities.ENTITY_CODER);
    }

    /** The 413 of a body over {@code limit} bytes. */
    public static ApiProblem tooLarge(int limit) {
        return new ApiProblem(413, "payload_too_large", "Request body too large (limit " + limit + " bytes)");
    }

    static final class Filter implements ContainerRequestFilter {

        private final int limit;

        Filter(int limit) {
            this.limit = limit;
        }

        @Override
        public void filter(ContainerRequestContext request) {
            if (declaredLength(request.getHeaderString(HttpHeaders.CONTENT_LENGTH)) > limit) {
                throw tooLarge(limit);
            }
            request.setEntityStream(new LimitedInputStream(request.getEntityStream(), limit));
        }

        /** The declared length, or -1 when absent or not a number (the server has judged its syntax already). */
        private static long declaredLength(String header) {
            if (header == null || header.isEmpty() || header.length() > 18 || !header.chars().allMatch(Character::isDigit)) {
                return -1;
            }
            return Long.parseLong(header);
        }
    }
}
