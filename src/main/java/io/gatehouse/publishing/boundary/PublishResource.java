package io.gatehouse.publishing.boundary;

import io.gatehouse.publishing.control.PublishRequestReader;
import io.gatehouse.publishing.control.Publisher;
import io.gatehouse.publishing.entity.ShareDocument;
import io.gatehouse.kernel.CurrentCaller;
import io.gatehouse.kernel.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** {@code /projects/{id}/publish}: a signed-in user (or their agent) shares one of their projects, or stops. */
@Path("/projects/{id}/publish")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.USER, Roles.AGENT})
public class PublishResource {

    @Inject
    Publisher publisher;

    @Inject
    CurrentCaller caller;

    @POST
    public ShareDocument publish(@PathParam("id") String id, JsonObject body) {
        return publisher.publish(caller.get().principalId(), id, PublishRequestReader.read(body));
    }

    @DELETE
    public Response unpublish(@PathParam("id") String id) {
        publisher.unpublish(caller.get().principalId(), id);
        return Response.noContent().build();
    }
}
