package io.gatehouse.discovery.boundary;

import io.gatehouse.discovery.control.DiscoveryDocuments;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeIn;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.security.SecuritySchemes;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code /openapi.json}: the OpenAPI document of every endpoint. The build writes it from the compiled resources
 * (SmallRye OpenAPI's Maven plugin reads the MicroProfile OpenAPI annotations), so both servers serve the same
 * document; this class also carries the document's security schemes (its title is in the plugin's configuration).
 */
@Path("/openapi.json")
@RequestScoped
@PermitAll
@Tag(name = "discovery")
@SecuritySchemes({
    @SecurityScheme(securitySchemeName = "bearer", type = SecuritySchemeType.HTTP, scheme = "bearer",
            description = "Authorization: Bearer with a Clerk session JWT, a session token (msc_…, ms_sess_…), "
                    + "an OAuth access token (at+jwt, MCP clients), an agent token (mca_…) or the local token"),
    @SecurityScheme(securitySchemeName = "session_cookie", type = SecuritySchemeType.APIKEY,
            in = SecuritySchemeIn.COOKIE, apiKeyName = "__session",
            description = "Clerk's __session cookie, for browser apps on an allowed origin (CORS_ORIGINS)"),
    @SecurityScheme(securitySchemeName = "agent_token", type = SecuritySchemeType.APIKEY,
            in = SecuritySchemeIn.HEADER, apiKeyName = "X-Agent-Token",
            description = "An agent token (mca_…), acting as its owner")
})
public class OpenApiResource {

    @Inject
    DiscoveryDocuments documents;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "This OpenAPI document")
    public String openApi() {
        return documents.openApi();
    }
}
