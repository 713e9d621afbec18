package io.gatehouse.projects.boundary;

import io.gatehouse.projects.control.Projects;
import io.gatehouse.projects.entity.ProjectList;
import io.gatehouse.projects.entity.ProjectView;
import io.gatehouse.http.control.JsonFields;
import io.gatehouse.kernel.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** {@code /projects}: the caller's own projects (the caller read as MicroProfile JWT: its name is the principal id). */
@Path("/projects")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.USER, Roles.ANONYMOUS, Roles.AGENT})
public class ProjectResource {

    static final int MAX_NAME = 200;

    @Inject
    Projects projects;

    @Inject
    JsonWebToken caller;

    @POST
    public Response create(JsonObject body) {
        String name = JsonFields.requiredText(body, "name", MAX_NAME);
        ProjectView created = projects.create(owner(), name);
        return Response.created(UriBuilder.fromPath("/projects/{id}").build(created.id())).entity(created).build();
    }

    @GET
    public ProjectList list() {
        return new ProjectList(projects.of(owner()));
    }

    private UUID owner() {
        return UUID.fromString(caller.getName());
    }
}
