package io.gatehouse.security.boundary;

import io.gatehouse.http.control.Challenges;
import io.gatehouse.kernel.AuthRefusal;
import io.gatehouse.kernel.Caller;
import io.gatehouse.kernel.CredentialType;
import io.gatehouse.kernel.AccessRefused;
import io.gatehouse.kernel.ApiProblem;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import java.util.Map;
import java.util.Set;

/**
 * Lets a request through only with a caller holding one of the roles (any caller when none are named)
 * and, for an OAuth access token, the endpoint's scope.
 */
final class AccessFilter implements ContainerRequestFilter {

    private final Set<String> roles;
    private final String scope;

    AccessFilter(Set<String> roles, String scope) {
        this.roles = roles;
        this.scope = scope;
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
        if (((Caller) caller).credential() == CredentialType.ACCESS_TOKEN) {
            checkScope((Caller) caller);
        }
    }

    private void checkScope(Caller caller) {
        if (scope == null) {
            throw new ApiProblem(403, "forbidden",
                    "Forbidden: OAuth access tokens are not accepted by this endpoint (see /auth.md for the scope table)");
        }
        if (!caller.grants(scope)) {
            String detail = "Insufficient scope: this endpoint needs the " + scope + " scope";
            throw new ApiProblem(403, "insufficient_scope", detail, false,
                    Map.of("WWW-Authenticate", Challenges.insufficientScope(scope, detail)));
        }
    }

    private static ApiProblem refusalOf(ContainerRequestContext request) {
        Object refusal = request.getProperty(AuthRefusal.ATTRIBUTE);
        if (refusal instanceof AuthRefusal known) {
            return Challenges.problem(known);
        }
        AccessRefused.report(AccessRefused.Reason.MISSING_CREDENTIAL, null);
        return new ApiProblem(401, "missing_token", "Missing Bearer token", false,
                Map.of("WWW-Authenticate", Challenges.missingCredential()));
    }
}
