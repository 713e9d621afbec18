package io.gatehouse.bootstrap.boundary;

import io.gatehouse.bootstrap.control.Bootstrap;
import io.gatehouse.bootstrap.entity.BootstrapView;
import io.gatehouse.kernel.CurrentCaller;
import io.gatehouse.kernel.OAuthScopes;
import io.gatehouse.kernel.RequiredScope;
import io.gatehouse.kernel.Roles;
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
