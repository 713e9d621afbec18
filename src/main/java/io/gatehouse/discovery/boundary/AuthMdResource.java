package io.gatehouse.discovery.boundary;

import io.gatehouse.discovery.control.DiscoveryDocuments;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code /auth.md}: how to authenticate, for people and agents. */
@Path("/auth.md")
@RequestScoped
@PermitAll
@Tag(name = "discovery")
public class AuthMdResource {

    @Inject
    DiscoveryDocuments documents;

    @GET
    @Produces(WellKnownResource.MARKDOWN)
    @Operation(summary = "How to authenticate: credentials, discovery, errors, the agent-auth boundary (Markdown)")
    public String authMd() {
        return documents.authMd();
    }
}
