package io.gatehouse.introspection.boundary;

import io.gatehouse.introspection.control.Introspection;
import io.gatehouse.introspection.control.IntrospectionClients;
import io.gatehouse.introspection.entity.OAuthRefusal;
import io.gatehouse.ratelimit.entity.Bucket;
import io.gatehouse.ratelimit.boundary.RateLimited;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code POST /auth/introspect} (RFC 7662): a sibling service asks whether a token is an active Gatehouse session or
 * agent token. Public at the JAX-RS level; the client's HTTP Basic credentials are checked here, before the token.
 */
@Path("/auth/introspect")
@RequestScoped
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "introspection", description = "Token introspection and revocation for services in INTROSPECTION_CLIENTS")
@SecurityScheme(securitySchemeName = "introspection_client", type = SecuritySchemeType.HTTP, scheme = "basic",
        description = "HTTP Basic with the id and secret of a sibling service configured in INTROSPECTION_CLIENTS")
public class IntrospectionResource {

    static final String UNAUTHORIZED = "No, unknown or wrong client credentials: {\"error\": \"invalid_client\", "
            + "\"error_description\", \"detail\", \"code\", \"retryable\": false} with WWW-Authenticate: Basic";
    static final String BAD_REQUEST = "No token: {\"error\": \"invalid_request\", \"error_description\": \"token required\", …}";

    @Inject
    IntrospectionClients clients;

    @Inject
    Introspection introspection;

    /** {@code token_type_hint} is accepted and ignored: Gatehouse tells its tokens apart by their prefix. */
    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RateLimited(Bucket.PUBLIC)
    @SecurityRequirement(name = "introspection_client")
    @Operation(summary = "Token introspection (RFC 7662): {\"active\": true, \"sub\", \"token_type\": \"Bearer\", "
            + "\"kind\", \"iat\", \"exp\"} for a live session or agent token, else exactly {\"active\": false}")
    @APIResponse(responseCode = "200", description = "The token's state; agent tokens have no exp")
    @APIResponse(responseCode = "400", description = BAD_REQUEST)
    @APIResponse(responseCode = "401", description = UNAUTHORIZED)
    public JsonObject introspect(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            @FormParam("token") String token, @FormParam("token_type_hint") String hint) {
        clients.authenticate(authorization);
        return introspection.introspect(OAuthRefusal.requiredToken(token));
    }
}
