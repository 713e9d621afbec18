package io.gatehouse.rebind.boundary;

import io.gatehouse.http.control.Challenges;
import io.gatehouse.rebind.control.RebindService;
import io.gatehouse.rebind.entity.RebindResult;
import io.gatehouse.http.control.JsonFields;
import io.gatehouse.kernel.AuthRefusal;
import io.gatehouse.kernel.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** {@code POST /auth/rebind}: moves a device's anonymous work to the signed-in user. */
@Path("/auth/rebind")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class RebindResource {

    private static final String ANONYMOUS_REFUSED = "Rebind requires an authenticated user token; got anonymous session";
    private static final String TOKEN = "anonymous_token";
    /** Far above a session token's length (51 characters); only bounds what is hashed. */
    private static final int MAX_TOKEN = 256;

    @Inject
    RebindService rebind;

    /** The caller as MicroProfile JWT: {@code groups} are its roles, its name is the principal id. */
    @Inject
    JsonWebToken caller;

    @POST
    @RolesAllowed({Roles.USER, Roles.ANONYMOUS})
    public RebindResult rebind(JsonObject body) {
        if (caller.getGroups().contains(Roles.ANONYMOUS)) {
            throw Challenges.problem(AuthRefusal.unauthorized("anonymous_session", ANONYMOUS_REFUSED));
        }
        String deviceId = JsonFields.requiredText(body, "device_id", 128);
        JsonValue token = body == null ? null : body.get(TOKEN);
        String anonymousToken = token == null || token.getValueType() == JsonValue.ValueType.NULL ? null
                : JsonFields.requiredText(body, TOKEN, MAX_TOKEN);
        return rebind.rebind(UUID.fromString(caller.getName()), deviceId, anonymousToken);
    }
}
