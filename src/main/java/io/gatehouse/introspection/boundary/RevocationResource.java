package io.gatehouse.introspection.boundary;

import io.gatehouse.introspection.control.IntrospectionClients;
import io.gatehouse.introspection.control.TokenRevocation;
import io.gatehouse.introspection.entity.OAuthRefusal;
import io.gatehouse.ratelimit.entity.Bucket;
import io.gatehouse.ratelimit.boundary.RateLimited;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code POST /auth/revoke} (RFC 7009): a sibling service revokes a Gatehouse session or agent token at once. The
 * answer is 200 with an empty body whether or not the token was known (RFC 7009 section 2.2).
 */
@Path("/auth/revoke")
@RequestScoped
@PermitAll
@Tag(name = "introspection")
public class RevocationResource {

    @Inject
    IntrospectionClients clients;

    @Inject
    TokenRevocation revocation;

    /** {@code token_type_hint} is accepted and ignored: Gatehouse tells its tokens apart by their prefix. */
    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RateLimited(Bucket.PUBLIC)
    @SecurityRequirement(name = "introspection_client")
    @Operation(summary = "Token revocation (RFC 7009): revokes a session or agent token at once")
    @APIResponse(responseCode = "200", description = "Empty body, also for unknown, malformed or already revoked tokens and JWTs")
    @APIResponse(responseCode = "400", description = IntrospectionResource.BAD_REQUEST)
    @APIResponse(responseCode = "401", description = IntrospectionResource.UNAUTHORIZED)
    public Response revoke(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            @FormParam("token") String token, @FormParam("token_type_hint") String hint) {
        clients.authenticate(authorization);
        revocation.revoke(OAuthRefusal.requiredToken(token));
        return Response.ok().build();
    }
}
