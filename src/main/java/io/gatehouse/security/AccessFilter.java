package io.gatehouse.security;

import io.gatehouse.problems.ApiProblem;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import java.util.Map;
import java.util.Set;

/** Lets a request through only with a caller holding one of the roles (any caller when none are named). */
final class AccessFilter implements ContainerRequestFilter {

    private final Set<String> roles;

    AccessFilter(Set<String> roles) {
        this.roles = roles;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        Object caller = request.getProperty(Caller.ATTRIBUTE);
        if (caller == null) {
            throw refusalOf(request);
        }
        if (!roles.isEmpty() && roles.stream().noneMatch(((Caller) caller)::hasRole)) {
            throw new ApiProblem(403, "forbidden", "Forbidden: this endpoint is not available to this caller");
        }
    }

    private static ApiProblem refusalOf(ContainerRequestContext request) {
        Object refusal = request.getProperty(AuthRefusal.ATTRIBUTE);
        if (refusal instanceof AuthRefusal known) {
            return known.toProblem();
        }
        return new ApiProblem(401, "missing_token", "Missing Bearer token", false,
                Map.of("WWW-Authenticate", Challenges.missingCredential()));
    }
}
