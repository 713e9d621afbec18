package io.gatehouse.admin.boundary;

import io.gatehouse.admin.control.OperatorActions;
import io.gatehouse.admin.control.Operators;
import io.gatehouse.kernel.ApiProblem;
import io.gatehouse.kernel.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code DELETE /api/v1/admin/sessions/{session_id}}: an operator revokes any user's session. Super-admins only. */
@Path("/api/v1/admin/sessions")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.USER)
@SecurityRequirement(name = "bearer")
@Tag(name = "admin")
public class AdminSessionResource {

    static final String SESSION_NOT_FOUND = "Session not found";

    @Inject
    Operators operators;

    @Inject
    OperatorActions actions;

    @DELETE
    @Path("/{sessionId}")
    @Operation(summary = "Revokes one active session (an id from GET /api/v1/admin/users/{id}): {\"revoked\": 1}; its token "
            + "is refused at once, on every instance. Audited as admin.session_revoke")
    @APIResponse(responseCode = "200", description = "The session was revoked")
    @APIResponse(responseCode = "403", description = AdminUserResource.FORBIDDEN)
    @APIResponse(responseCode = "404", description = "Unknown, already revoked, expired or not a UUID: "
            + "{\"detail\": {\"code\": \"not_found\", \"message\": \"Session not found\"}, …}")
    public Map<String, Integer> revoke(@PathParam("sessionId") String sessionId) {
        UUID operator = operators.current();
        actions.revokeSession(operator, parse(sessionId));
        return Map.of("revoked", 1);
    }

    private static UUID parse(String id) {
        try {
            UUID parsed = UUID.fromString(id);
            if (parsed.toString().equalsIgnoreCase(id)) {
                return parsed;
            }
        } catch (IllegalArgumentException e) {
            // answered below
        }
        throw ApiProblem.notFound(SESSION_NOT_FOUND);
    }
}
