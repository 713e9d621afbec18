package io.gatehouse.research.boundary;

import io.gatehouse.research.control.ResearchRuns;
import io.gatehouse.research.control.RunFollowing;
import io.gatehouse.research.entity.RunList;
import io.gatehouse.research.entity.RunView;
import io.gatehouse.http.control.JsonFields;
import io.gatehouse.kernel.ApiProblem;
import io.gatehouse.kernel.Caller;
import io.gatehouse.kernel.CurrentCaller;
import io.gatehouse.kernel.Roles;
import io.gatehouse.security.control.CredentialExtractor;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code /research}: the caller's research runs, and each run's events as Server-Sent Events. */
@Path("/research")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.USER, Roles.ANONYMOUS, Roles.AGENT})
@Tag(name = "research", description = "Research runs on the caller's projects; each run costs one credit")
public class ResearchResource {

    static final int MAX_QUERY = 2000;

    @Inject
    ResearchRuns runs;

    @Inject
    RunFollowing following;

    @Inject
    CurrentCaller caller;

    @POST
    @Operation(summary = "Starts a run of {\"project_id\", \"query\"} on one of the caller's projects, spending one credit")
    @APIResponse(responseCode = "201", description = "The run, queued: {\"id\", \"project_id\", \"query\", \"status\", …}")
    @APIResponse(responseCode = "402", description = "No credits left (insufficient_credits); nothing was created")
    @APIResponse(responseCode = "404", description = "Project not found (also another principal's project)")
    public Response start(JsonObject body) {
        UUID projectId = projectId(JsonFields.requiredText(body, "project_id", 36));
        String query = JsonFields.requiredText(body, "query", MAX_QUERY);
        RunView run = runs.start(caller.get().principalId(), projectId, query);
        return Response.created(UriBuilder.fromPath("/research/{id}").build(run.id())).entity(run).build();
    }

    @GET
    @Operation(summary = "The caller's runs, newest first (at most 100)")
    public RunList list() {
        return new RunList(runs.of(caller.get().principalId()));
    }

    @GET
    @Path("/{id}")
    @APIResponse(responseCode = "200", description = "The run: id, project_id, query, status, created_at, finished_at, last_event_id")
    @APIResponse(responseCode = "404", description = "Run not found (also another principal's run)")
    public RunView get(@PathParam("id") String id) {
        return runs.view(caller.get().principalId(), id);
    }

    @POST
    @Path("/{id}/cancel")
    @Operation(summary = "Cancels a queued or running run: it ends with a cancelled event")
    @APIResponse(responseCode = "200", description = "The run, cancelled")
    @APIResponse(responseCode = "409", description = "The run had already finished (run_finished); nothing changed")
    public RunView cancel(@PathParam("id") String id) {
        return runs.cancel(caller.get().principalId(), id);
    }

    @GET
    @Path("/{id}/events")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @Operation(summary = "The run's events as Server-Sent Events (id, event, data): past ones, then live ones; "
            + "Last-Event-ID resumes after an id; the stream ends after completed, failed or cancelled")
    @APIResponse(responseCode = "200", description = "text/event-stream")
    @APIResponse(responseCode = "404", description = "Run not found (also another principal's run)")
    @APIResponse(responseCode = "429", description = "Over the rate limit, or the caller's principal already holds "
            + "STREAMS_PER_PRINCIPAL open streams (rate_limited, Retry-After)")
    public void events(@PathParam("id") String id, @HeaderParam("Last-Event-ID") String lastEventId,
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, @HeaderParam("X-Agent-Token") String agentToken,
            @CookieParam("__session") String sessionCookie, @Context HttpServletRequest request,
            @Context SseEventSink sink, @Context Sse sse) {
        // the three credential parameters document the endpoint in /openapi.json; the one extractor reads them
        Caller current = caller.get();
        CredentialExtractor.Presented presented = CredentialExtractor.of(request);
        if (presented == null) {
            throw new ApiProblem(401, "missing_token", "Missing Bearer token");
        }
        following.follow(current, presented.token(), id, lastEventId, sink, sse);
    }

    private static UUID projectId(String text) {
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            throw ApiProblem.unprocessable("project_id must be a UUID");
        }
    }
}
