package io.gatehouse.admin.boundary;

import io.gatehouse.admin.control.OperationsOverview;
import io.gatehouse.admin.control.Operators;
import io.gatehouse.admin.entity.Overview;
import io.gatehouse.kernel.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code GET /api/v1/admin/overview}: readiness, instances, sessions, streams and authentications at a glance. */
@Path("/api/v1/admin/overview")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.USER)
@SecurityRequirement(name = "bearer")
@Tag(name = "admin")
public class AdminOverviewResource {

    @Inject
    Operators operators;

    @Inject
    OperationsOverview overview;

    @GET
    @Operation(summary = "The operations overview: {\"status\": \"UP\"|\"DOWN\", \"checks\": [{\"name\", \"status\", \"data\"}], "
            + "\"instance\": {\"id\", \"clustered\", \"members\"}, \"active_sessions\", \"open_streams\", "
            + "\"authentications\": {\"minutes\": [15 minute starts, oldest first], \"outcomes\": {\"ok\": [15 counts], …}}}. "
            + "Always 200: a DOWN check is data here, not an error")
    @APIResponse(responseCode = "200", description = "The overview, as this instance sees it")
    @APIResponse(responseCode = "403", description = AdminUserResource.FORBIDDEN)
    public Overview overview() {
        operators.current();
        return overview.now();
    }
}
