package io.gatehouse.sessions.boundary;

import io.gatehouse.sessions.control.SessionExchange;
import io.gatehouse.sessions.entity.IssuedSession;
import io.gatehouse.http.control.JsonFields;
import io.gatehouse.ratelimit.entity.Bucket;
import io.gatehouse.ratelimit.boundary.RateLimited;
import io.gatehouse.kernel.CurrentCaller;
import io.gatehouse.kernel.Roles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;

/** {@code /auth/session} and {@code /auth/anonymous}: getting and giving back a session token. */
@Path("/auth")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class SessionResource {

    static final int MAX_DEVICE_ID = 128;

    @Inject
    SessionExchange exchange;

    @Inject
    CurrentCaller caller;

    @POST
    @Path("/session")
    @RolesAllowed({Roles.USER, Roles.ANONYMOUS})
    @RateLimited(Bucket.SESSION)
    public IssuedSession exchange() {
        return exchange.exchange(caller.get(), caller.userAgent(), caller.remoteAddress());
    }

    @POST
    @Path("/anonymous")
    @PermitAll
    @RateLimited(Bucket.ANONYMOUS)
    public IssuedSession anonymous(JsonObject body) {
        String deviceId = JsonFields.requiredText(body, "device_id", MAX_DEVICE_ID);
        return exchange.mintAnonymous(deviceId, caller.userAgent(), caller.remoteAddress());
    }

    @DELETE
    @Path("/session")
    @RolesAllowed({Roles.USER, Roles.ANONYMOUS})
    public Map<String, Boolean> logout() {
        exchange.logout(caller.get());
        return Map.of("success", true);
    }
}
