package io.gatehouse.it;

import static io.gatehouse.it.ResearchCalls.status;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gatehouse.testing.HttpReply;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;

/**
 * {@code /research}: starting, reading, listing and cancelling runs, ownership, credits (a free plan of 2, and the
 * race for the last one) and rebind.
 */
class ResearchIT extends SecretsDeployment {

    static final int STEPS = RESEARCH_STEPS;
    static final long STEP_MILLIS = RESEARCH_STEP_MILLIS;
    /** started, one progress per step, completed. */
    static final int EVENTS = STEPS + 2;
    static final Duration RUN_TIME = Duration.ofSeconds(20);

    private ResearchCalls research() {
        return new ResearchCalls(http());
    }

    private JsonObject bootstrap(String token) {
        HttpReply reply = http().get("/auth/bootstrap").bearer(token).send();
        assertEquals(200, reply.status(), reply::toString);
        return reply.json().getJsonObject("profile");
    }

    private List<JsonObject> runs(String token) {
        HttpReply reply = http().get("/research").bearer(token).send();
        assertEquals(200, reply.status(), reply::toString);
        return reply.json().getJsonArray("runs").getValuesAs(JsonObject.class);
    }

    @Test
    void aRunStartsQueuedAndCompletesWithEveryEvent() {
        String token = http().sessionToken(userJwt());
        String project = research().project(token);

        HttpReply created = research().start(token, project, "How do sessions slide?");

        assertEquals(201, created.status(), created::toString);
        JsonObject run = created.json();
        String id = run.getString("id");
        assertTrue(created.header("Location").endsWith("/research/" + id), created::toString);
        assertEquals(project, run.getString("project_id"));
        assertEquals("How do sessions slide?", run.getString("query"));
        assertTrue(List.of("queued", "running").contains(run.getString("status")), run::toString);
        assertEquals(JsonValue.NULL, run.get("finished_at"), run::toString);
        assertTrue(run.getString("created_at").endsWith("Z"), run::toString);

        JsonObject done = research().awaitRun(token, id, status("completed"), RUN_TIME);
        assertEquals(EVENTS, done.getInt("last_event_id"), done::toString);
        assertNotNull(done.getString("finished_at"));
        assertEquals(List.of(id), runs(token).stream().map(r -> r.getString("id")).toList());
        assertEquals(1, bootstrap(token).getInt("credits_used"));
    }

    @Test
    void theBodyIsValidated() {
        String token = http().sessionToken(userJwt());
        String project = research().project(token);
        assertProblem(http().post("/research").bearer(token).json("{\"project_id\": \"" + project + "\"}").send(),
                422, "query required");
        assertProblem(http().post("/research").bearer(token).json("{\"query\": \"q\"}").send(), 422, "project_id required");
        assertProblem(research().start(token, "not-a-project", "q"), 422, "project_id must be a UUID");
        assertProblem(research().start(token, project, "q".repeat(2001)), 422, "query must be at most 2000 characters");
        assertProblem(http().post("/research").json("{}").send(), 401, "Missing Bearer token");
        assertEquals(0, bootstrap(token).getInt("credits_used"), "refused requests spend nothing");
    }

    @Test
    void anotherPrincipalsRunsAndProjectsAreNotFound() {
        String alice = http().sessionToken(userJwt());
        String bob = http().sessionToken(userJwt());
        String aliceProject = research().project(alice);
        String aliceRun = research().run(alice);

        assertProblem(http().get("/research/" + aliceRun).bearer(bob).send(), 404, "Run not found");
        assertProblem(http().post("/research/" + aliceRun + "/cancel").bearer(bob).send(), 404, "Run not found");
        assertProblem(research().start(bob, aliceProject, "mine now?"), 404, "Project not found");
        assertProblem(research().start(bob, UUID.randomUUID().toString(), "q"), 404, "Project not found");
        assertProblem(http().get("/research/not-a-uuid").bearer(bob).send(), 404, "Run not found");
        assertEquals(List.of(), runs(bob));
        assertEquals(0, bootstrap(bob).getInt("credits_used"));
        assertEquals(200, http().get("/research/" + aliceRun).bearer(alice).send().status(), "still alice's");
    }

    @Test
    void cancellingEndsTheRunAndAFinishedRunCannotBeCancelled() {
        String token = http().sessionToken(userJwt());
        String running = research().run(token);

        HttpReply cancelled = http().post("/research/" + running + "/cancel").bearer(token).send();

        assertEquals(200, cancelled.status(), cancelled::toString);
        JsonObject run = cancelled.json();
        assertEquals("cancelled", run.getString("status"));
        assertNotNull(run.getString("finished_at"));
        int lastEvent = run.getInt("last_event_id");
        assertProblem(http().post("/research/" + running + "/cancel").bearer(token).send(), 409,
                "Run already finished (cancelled): nothing to cancel");
        ResearchCalls.pause(3 * STEP_MILLIS);
        JsonObject later = research().view(token, running);
        assertEquals("cancelled", later.getString("status"), "the executor does not write after a cancellation");
        assertEquals(lastEvent, later.getInt("last_event_id"), later::toString);

        String finished = research().run(token);
        research().awaitRun(token, finished, status("completed"), RUN_TIME);
        assertProblem(http().post("/research/" + finished + "/cancel").bearer(token).send(), 409,
                "Run already finished (completed): nothing to cancel");
    }

    @Test
    void withNoCreditLeftNothingIsCreated() {
        String token = http().sessionToken(userJwt());
        research().run(token);
        research().run(token);

        HttpReply refused = research().start(token, research().project(token), "one too many");

        assertProblem(refused, 402, "No credits left: all 2 credits of the free plan are used");
        assertEquals("insufficient_credits", refused.json().getString("code"));
        assertEquals(2, runs(token).size());
        JsonObject profile = bootstrap(token);
        assertEquals(2, profile.getInt("credits_used"));
        assertEquals(2, profile.getInt("credits_total"));
    }

    @Test
    void theLastCreditGoesToExactlyOneOfConcurrentStarts() throws Exception {
        String token = http().sessionToken(userJwt());
        research().run(token);
        String project = research().project(token);
        List<Callable<HttpReply>> starts = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            starts.add(() -> research().start(token, project, "race"));
        }

        List<HttpReply> replies = race(starts);

        assertEquals(1, replies.stream().filter(r -> r.status() == 201).count(), replies::toString);
        assertEquals(3, replies.stream().filter(r -> r.status() == 402).count(), replies::toString);
        assertEquals(2, runs(token).size());
        assertEquals(2, bootstrap(token).getInt("credits_used"));
    }

    @Test
    void aFirstRunCreatesTheProfileAndBootstrapCountsIt() {
        String token = http().anonymousToken(newDeviceId());
        research().run(token);
        JsonObject profile = bootstrap(token);
        assertEquals(1, profile.getInt("credits_used"));
        assertEquals(2, profile.getInt("credits_total"));
    }

    @Test
    void rebindMovesAnAnonymousDevicesRunsToTheUser() {
        String device = newDeviceId();
        String anonymous = http().anonymousToken(device);
        String run = research().run(anonymous);
        String user = http().sessionToken(userJwt());

        HttpReply rebound = http().post("/auth/rebind").bearer(user).json("{\"device_id\": \"" + device + "\"}").send();

        assertEquals(200, rebound.status(), rebound::toString);
        assertEquals(2, rebound.json().getInt("rows_updated"), "the project and its run");
        JsonObject moved = research().view(user, run);
        assertEquals(run, moved.getString("id"));
        assertEquals(List.of(run), runs(user).stream().map(r -> r.getString("id")).toList());
        assertFalse(http().get("/research/" + run).bearer(anonymous).send().status() == 200, "the device's session is revoked");
        research().awaitRun(user, run, status("completed"), RUN_TIME);
    }

    @Test
    void rebindChargesTheCreditsADeviceUsedToTheUser() {
        String device = newDeviceId();
        String anonymous = http().anonymousToken(device);
        research().run(anonymous);
        String user = http().sessionToken(userJwt());
        research().run(user);
        assertEquals(1, bootstrap(user).getInt("credits_used"));

        HttpReply rebound = http().post("/auth/rebind").bearer(user).json("{\"device_id\": \"" + device + "\"}").send();

        assertEquals(200, rebound.status(), rebound::toString);
        JsonObject profile = bootstrap(user);
        assertEquals(2, profile.getInt("credits_used"), profile::toString);
        assertEquals(2, profile.getInt("credits_total"));
        HttpReply refused = research().start(user, research().project(user), "one more");
        assertProblem(refused, 402, "No credits left: all 2 credits of the free plan are used");
        assertEquals(0, bootstrap(http().anonymousToken(device)).getInt("credits_used"), "the device's usage went to the user");
    }

    @Test
    void rebindCreatesTheUsersProfileToChargeItAndCountsBeyondThePlan() {
        String device = newDeviceId();
        String anonymous = http().anonymousToken(device);
        research().run(anonymous);
        research().run(anonymous);
        String first = userJwt();
        String user = http().sessionToken(first);
        String other = newDeviceId();
        research().run(http().anonymousToken(other));

        assertEquals(200, http().post("/auth/rebind").bearer(user).json("{\"device_id\": \"" + device + "\"}").send().status());
        assertEquals(200, http().post("/auth/rebind").bearer(user).json("{\"device_id\": \"" + other + "\"}").send().status());

        JsonObject profile = bootstrap(user);
        assertEquals(3, profile.getInt("credits_used"), "every credit the devices used, even beyond the plan's 2");
        assertEquals(2, profile.getInt("credits_total"));
        assertEquals(402, research().start(user, research().project(user), "farmed?").status());
    }
}
