package io.gatehouse.discovery.boundary;

import io.gatehouse.discovery.control.AgentAuthErrors;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.json.Json;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code /agent/auth/register|claim|revoke}: the URIs {@code agent_auth} publishes. They resolve so agents can
 * find the boundary, and refuse every request (the body is never read): Gatehouse issues no public agent
 * credentials. 403, not 501: the refusal is deliberate and permanent for this deployment, not a server fault an
 * agent should retry with back-off.
 */
@Path("/agent/auth")
@RequestScoped
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "discovery")
public class AgentAuthResource {

    static final String DESCRIPTION = "Gatehouse has no public agent credential flow: use the public read API "
            + "without credentials, or ask the user to sign in through the product's app.";

    static final String REFUSED = "Always: {\"error\": \"agent_auth_not_available\", \"error_description\", "
            + "\"detail\", \"code\", \"retryable\": false}";

    private static final String REFUSAL = Json.createObjectBuilder()
            .add("error", AgentAuthErrors.AGENT_AUTH_NOT_AVAILABLE)
            .add("error_description", DESCRIPTION)
            .add("detail", DESCRIPTION)
            .add("code", AgentAuthErrors.AGENT_AUTH_NOT_AVAILABLE)
            .add("retryable", false)
            .build().toString();

    @POST
    @Path("/register")
    @Operation(summary = "Agent registration: not available (always 403 agent_auth_not_available)")
    @APIResponse(responseCode = "403", description = REFUSED)
    public Response register() {
        return refusal();
    }

    @POST
    @Path("/claim")
    @Operation(summary = "Agent credential claim: not available (always 403 agent_auth_not_available)")
    @APIResponse(responseCode = "403", description = REFUSED)
    public Response claim() {
        return refusal();
    }

    @POST
    @Path("/revoke")
    @Operation(summary = "Agent credential revocation: not available (always 403 agent_auth_not_available)")
    @APIResponse(responseCode = "403", description = REFUSED)
    public Response revoke() {
        return refusal();
    }

    private static Response refusal() {
        return Response.status(Response.Status.FORBIDDEN).type(MediaType.APPLICATION_JSON_TYPE).entity(REFUSAL).build();
    }
}
