package io.gatehouse.agents.boundary;

import io.gatehouse.agents.control.AgentTokens;
import io.gatehouse.agents.control.FreshSignIn;
import io.gatehouse.agents.entity.AgentTokenView;
import io.gatehouse.http.control.JsonFields;
import io.gatehouse.kernel.ApiProblem;
import io.gatehouse.kernel.Caller;
import io.gatehouse.kernel.CurrentCaller;
import io.gatehouse.kernel.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.util.List;
import java.util.UUID;

/** {@code /api/v1/agents}: a signed-in user's agent tokens. Agents themselves cannot manage them. */
@Path("/api/v1/agents")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.USER)
public class AgentTokenResource {

    static final int MAX_NAME = 100;

    @Inject
    AgentTokens agents;

    @Inject
    CurrentCaller caller;

    @Inject
    FreshSignIn freshSignIn;

    @POST
    public Response create(JsonObject body) {
        Caller creator = caller.get();
        freshSignIn.require(creator);
        String name = JsonFields.requiredText(body, "name", MAX_NAME);
        int days = JsonFields.optionalInt(body, "expires_in_days", 1, AgentTokens.MAX_DAYS, AgentTokens.DEFAULT_DAYS);
        AgentTokenView created = agents.create(creator.principalId(), name, days);
        return Response.created(UriBuilder.fromPath("/api/v1/agents/{id}").build(created.id())).entity(created).build();
    }

    @GET
    public List<AgentTokenView> list() {
        return agents.list(caller.get().principalId());
    }

    @DELETE
    @Path("/{id}")
    public Response revoke(@PathParam("id") String id) {
        agents.revoke(caller.get().principalId(), parse(id));
        return Response.noContent().build();
    }

    private static UUID parse(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw ApiProblem.notFound("Agent token not found");
        }
    }
}
