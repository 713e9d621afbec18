package io.gatehouse.security.boundary;

import io.gatehouse.kernel.RequiredScope;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.Set;

/**
 * Enforces {@code @PermitAll}, {@code @RolesAllowed} and {@code @DenyAll} on every resource method the
 * same way on every server (some JAX-RS runtimes do not enforce them by default). A method without
 * an annotation needs an authenticated caller; {@link RequiredScope} names what an OAuth access token needs.
 * The decision is taken once per method at deployment.
 */
@Provider
public class AccessControlFeature implements DynamicFeature {

    @Override
    public void configure(ResourceInfo resource, FeatureContext context) {
        Method method = resource.getResourceMethod();
        Class<?> type = resource.getResourceClass();
        if (method == null || !isEndpoint(method)) {
            return;
        }
        if (method.isAnnotationPresent(DenyAll.class)) {
            context.register(new AccessFilter(Set.of("-"), null), Priorities.AUTHENTICATION);
            return;
        }
        if (method.isAnnotationPresent(PermitAll.class)) {
            return;
        }
        RolesAllowed roles = method.getAnnotation(RolesAllowed.class);
        if (roles == null && type.isAnnotationPresent(PermitAll.class)) {
            return;
        }
        if (roles == null) {
            roles = type.getAnnotation(RolesAllowed.class);
        }
        RequiredScope scope = method.isAnnotationPresent(RequiredScope.class) ? method.getAnnotation(RequiredScope.class)
                : type.getAnnotation(RequiredScope.class);
        context.register(new AccessFilter(roles == null ? Set.of() : Set.of(roles.value()), scope == null ? null : scope.value()),
                Priorities.AUTHENTICATION);
    }

    /**
     * Whether the method is one of Gatehouse's endpoints (it carries {@code @GET}, {@code @POST}, …). Jersey
     * also passes its generated {@code OPTIONS} handlers through here; like RESTEasy's, they stay public.
     */
    private static boolean isEndpoint(Method method) {
        for (Annotation annotation : method.getAnnotations()) {
            if (annotation.annotationType().isAnnotationPresent(HttpMethod.class)) {
                return true;
            }
        }
        return false;
    }
}
