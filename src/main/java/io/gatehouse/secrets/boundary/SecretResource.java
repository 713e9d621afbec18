package io.gatehouse.secrets.boundary;

import io.gatehouse.secrets.control.SecretValueReader;
import io.gatehouse.secrets.control.Secrets;
import io.gatehouse.secrets.entity.SecretName;
import io.gatehouse.kernel.CurrentCaller;
import io.gatehouse.kernel.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * {@code /secrets/{name}}: the caller sets or deletes one of its own secrets. Agents are refused: they must
 * not change their owner's keys. Nothing here ever answers a value.
 */
@Path("/secrets/{name}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.USER, Roles.ANONYMOUS})
public class SecretResource {

    @Inject
    Secrets secrets;

    @Inject
    CurrentCaller caller;

    @PUT
    public Response put(@PathParam("name") String name, JsonObject body) {
        SecretName secret = secrets.named(name);
        secrets.store(caller.get().principalId(), secret, SecretValueReader.read(body));
        return Response.noContent().build();
    }

    @DELETE
    public Response delete(@PathParam("name") String name) {
        secrets.delete(caller.get().principalId(), secrets.named(name));
        return Response.noContent().build();
    }
}
