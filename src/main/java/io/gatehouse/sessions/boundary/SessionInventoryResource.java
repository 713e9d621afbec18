package io.gatehouse.sessions.boundary;

import io.gatehouse.sessions.control.SessionInventory;
import io.gatehouse.sessions.entity.SessionList;
import io.gatehouse.kernel.ApiProblem;
import io.gatehouse.kernel.CurrentCaller;
import io.gatehouse.kernel.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code /auth/sessions}: the caller's own active sessions, to see where it is signed in and sign out
 * elsewhere. Users and anonymous devices only: agents and OAuth access tokens are refused.
 */
@Path("/auth/sessions")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.USER, Roles.ANONYMOUS})
@Tag(name = "sessions", description = "The caller's own sessions")
public class SessionInventoryResource {

    static final String OTHERS = "others";
    static final String FORBIDDEN = "An agent token or an OAuth access token: "
            + "{\"detail\": \"Forbidden: …\", \"code\": \"forbidden\", \"retryable\": false}";

    @Inject
    SessionInventory inventory;

    @Inject
    CurrentCaller caller;

    @GET
    @Operation(summary = "The caller's active sessions, newest first: {\"sessions\": [{\"id\", \"kind\", \"created_at\", "
            + "\"last_seen_at\", \"expires_at\", \"user_agent\", \"ip\", \"current\"}]}")
    @APIResponse(responseCode = "200", description = "current is true for the session the request authenticated with")
    @APIResponse(responseCode = "403", description = FORBIDDEN)
    public SessionList list() {
        return new SessionList(inventory.list(caller.get()));
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Revokes one of the caller's active sessions: {\"revoked\": 1}")
    @APIResponse(responseCode = "200", description = "The session's token is refused from now on")
    @APIResponse(responseCode = "403", description = FORBIDDEN)
    @APIResponse(responseCode = "404", description = "Not an active session of the caller (unknown, another's, "
            + "revoked, expired or not a UUID): {\"detail\": \"Session not found\", \"code\": \"not_found\", …}")
    public Map<String, Integer> revoke(@PathParam("id") String id) {
        inventory.revoke(caller.get(), parse(id));
        return Map.of("revoked", 1);
    }

    @DELETE
    @Operation(summary = "With scope=others: revokes every active session of the caller but the current one: "
            + "{\"revoked\": N}")
    @APIResponse(responseCode = "200", description = "How many sessions were revoked; a Clerk JWT caller has no "
            + "current session, so all of them are")
    @APIResponse(responseCode = "403", description = FORBIDDEN)
    @APIResponse(responseCode = "422", description = "No scope or another scope than others: "
            + "{\"detail\": \"…\", \"code\": \"invalid_request\", \"retryable\": false}")
    public Map<String, Integer> revokeOthers(@QueryParam("scope") String scope) {
        if (!OTHERS.equals(scope)) {
            throw new ApiProblem(422, "invalid_request", (scope == null ? "scope required" : "scope must be others")
                    + ": DELETE /auth/sessions?scope=others revokes every session but the current one, "
                    + "DELETE /auth/sessions/{id} revokes one");
        }
        return Map.of("revoked", inventory.revokeOthers(caller.get()));
    }

    private static UUID parse(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw ApiProblem.notFound(SessionInventory.NOT_FOUND);
        }
    }
}
