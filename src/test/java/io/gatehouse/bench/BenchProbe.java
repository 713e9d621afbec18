package io.gatehouse.bench;

import io.gatehouse.projects.entity.ProjectList;
import io.gatehouse.projects.control.Projects;
import io.gatehouse.kernel.CurrentCaller;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;

/**
 * Added to the benchmark's deployment only (never to the product WAR): the comparison endpoint that does
 * {@code GET /projects}'s database read without authentication, so the ratio isolates what authentication costs.
 */
@Path("/bench")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class BenchProbe {

    @Inject
    Projects projects;

    @Inject
    CurrentCaller caller;

    /** The same read and the same JSON as {@code GET /projects}, for an owner named in the path. */
    @GET
    @Path("projects/{owner}")
    @PermitAll
    public ProjectList projectsOf(@PathParam("owner") UUID owner) {
        return new ProjectList(projects.of(owner));
    }

    /** The caller's principal id, so the benchmark can name the owners of its sessions. */
    @GET
    @Path("whoami")
    @RolesAllowed({"user", "anonymous"})
    public String whoami() {
        return Json.createObjectBuilder().add("principal_id", caller.get().principalId().toString()).build().toString();
    }
}
