package io.gatehouse.audit.boundary;

import io.gatehouse.audit.control.AuditTrail;
import io.gatehouse.audit.entity.AuditPage;
import io.gatehouse.audit.entity.AuditQuery;
import io.gatehouse.accounts.control.SuperAdmins;
import io.gatehouse.kernel.ApiProblem;
import io.gatehouse.kernel.CurrentCaller;
import io.gatehouse.kernel.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code GET /api/v1/audit}: the audit trail, newest first, for super-admins only. */
@Path("/api/v1/audit")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.USER)
@Tag(name = "audit", description = "The audit trail of security events, for super-admins")
public class AuditResource {

    static final String FORBIDDEN = "Forbidden: the audit trail is only available to super-admins";

    @Inject
    AuditTrail trail;

    @Inject
    SuperAdmins superAdmins;

    @Inject
    CurrentCaller caller;

    @GET
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "The audit trail, newest first: {\"events\": [{\"id\", \"occurred_at\", \"type\", \"principal_id\", "
            + "\"session_id\", \"reason\", \"ip\", \"detail\", \"actor_id\"}], \"next_cursor\"}; pass next_cursor back as cursor "
            + "(with the same filters) for the next page. Filters combine: type, user (principal_id), actor (actor_id: the "
            + "operator of an admin.* event), since (inclusive) and until (exclusive), ISO-8601 times with an offset")
    @APIResponse(responseCode = "200", description = "A page of at most limit events (default 50, at most 200); next_cursor null on the last")
    @APIResponse(responseCode = "401", description = "No or a refused credential")
    @APIResponse(responseCode = "403", description = "The caller is not a super-admin (is_super_admin, or SUPER_ADMIN_USER_IDS)")
    @APIResponse(responseCode = "422", description = "invalid_request: a bad limit, cursor, type, user, actor, since or until, "
            + "or since after until")
    public AuditPage list(@QueryParam("limit") String limit, @QueryParam("cursor") String cursor, @QueryParam("type") String type,
            @QueryParam("user") String user, @QueryParam("actor") String actor, @QueryParam("since") String since,
            @QueryParam("until") String until) {
        if (!superAdmins.isSuperAdmin(caller.get().principalId())) {
            throw new ApiProblem(403, "forbidden", FORBIDDEN);
        }
        return trail.page(AuditQuery.read(limit, cursor, type, user, actor, since, until));
    }
}
