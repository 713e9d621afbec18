package io.gatehouse.profile;

import io.gatehouse.security.CurrentCaller;
import io.gatehouse.security.OAuthScopes;
import io.gatehouse.security.RequiredScope;
import io.gatehouse.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** {@code GET /auth/bootstrap}: profile, subscription and secrets status in one call. */
@Path("/auth/bootstrap")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class BootstrapResource {

    @Inject
    Bootstrap bootstrap;

    @Inject
    CurrentCaller caller;

    @GET
    @RequiredScope(OAuthScopes.PROFILE)
    @RolesAllowed({Roles.USER, Roles.ANONYMOUS, Roles.AGENT})
    public BootstrapView bootstrap() {
        return bootstrap.of(caller.get());
    }
}
