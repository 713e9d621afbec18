package io.gatehouse.discovery.boundary;

import io.gatehouse.discovery.control.AgentAuthErrors;
import io.gatehouse.discovery.control.DiscoveryDocuments;
import io.gatehouse.clerk.control.ClerkAuthorizationServerMetadata;
import io.gatehouse.kernel.ApiProblem;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code /.well-known/…}: the metadata documents OAuth/MCP clients and agents discover Gatehouse with. */
@Path("/.well-known")
@RequestScoped
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "discovery", description = "Public documents describing how to authenticate; no credential needed")
public class WellKnownResource {

    static final String MARKDOWN = "text/markdown; charset=utf-8";

    @Inject
    DiscoveryDocuments documents;

    @Inject
    ClerkAuthorizationServerMetadata authorizationServer;

    @GET
    @Path("/oauth-protected-resource")
    @Operation(summary = "Protected-resource metadata (RFC 9728) with the agent_auth boundary")
    public String protectedResource() {
        return documents.protectedResourceMetadata();
    }

    @GET
    @Path("/oauth-protected-resource/{resourcePath: .+}")
    @Operation(summary = "Protected-resource metadata at the path-scoped address of the resource (e.g. /mcp)")
    @APIResponse(responseCode = "200", description = "The same document as /.well-known/oauth-protected-resource")
    @APIResponse(responseCode = "404", description = "The path is not the resource's")
    public String protectedResourceAt(@PathParam("resourcePath") String resourcePath) {
        if (!documents.isResourcePath(resourcePath)) {
            throw ApiProblem.notFound("Not found");
        }
        return documents.protectedResourceMetadata();
    }

    @GET
    @Path("/oauth-authorization-server")
    @Operation(summary = "Clerk's authorization-server metadata (RFC 8414), passed through and cached")
    @APIResponse(responseCode = "200", description = "The metadata as Clerk serves it (possibly cached up to an hour, "
            + "or older while Clerk is unreachable)")
    @APIResponse(responseCode = "404", description = "No authorization server is configured (CLERK_ISSUER)")
    @APIResponse(responseCode = "503", description = "Clerk has not been reached since start-up; retry after Retry-After")
    public String authorizationServer() {
        if (!authorizationServer.configured()) {
            throw new ApiProblem(404, "authorization_server_not_configured",
                    "No authorization server is configured on this deployment (CLERK_ISSUER is not set)");
        }
        return authorizationServer.document().map(JsonObject::toString).orElseThrow(() -> new ApiProblem(503,
                AgentAuthErrors.TEMPORARILY_UNAVAILABLE,
                "Authorization server metadata is not available yet: Clerk could not be reached", true,
                Map.of("Retry-After", String.valueOf(authorizationServer.retryAfterSeconds()))));
    }

    @GET
    @Path("/agent-auth-errors")
    @Operation(summary = "The agent-auth error inventory: every code the agent-auth surface may answer")
    public String agentAuthErrors() {
        return documents.agentAuthErrors();
    }

    @GET
    @Path("/agent-skills/gatehouse/SKILL.md")
    @Produces(MARKDOWN)
    @Operation(summary = "The agent skill: how an agent should use Gatehouse (Markdown)")
    public String skill() {
        return documents.skillMd();
    }
}
