package io.gatehouse.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.gatehouse.testing.GatehouseClient;
import io.gatehouse.testing.HttpReply;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.function.Predicate;

/** The research calls the research and streaming tests share: a project, a run, and waiting on a run. */
final class ResearchCalls {

    private final GatehouseClient http;

    ResearchCalls(GatehouseClient http) {
        this.http = http;
    }

    /** Creates a project of the token's principal; returns its id. */
    String project(String token) {
        HttpReply reply = http.post("/projects").bearer(token).json("{\"name\": \"research\"}").send();
        assertEquals(201, reply.status(), reply::toString);
        return reply.json().getString("id");
    }

    HttpReply start(String token, String projectId, String query) {
        String body = Json.createObjectBuilder().add("project_id", projectId).add("query", query).build().toString();
        return http.post("/research").bearer(token).json(body).send();
    }

    /** Starts a run on a new project; returns the run's id. */
    String run(String token) {
        HttpReply reply = start(token, project(token), "What is Gatehouse?");
        assertEquals(201, reply.status(), reply::toString);
        return reply.json().getString("id");
    }

    JsonObject view(String token, String runId) {
        HttpReply reply = http.get("/research/" + runId).bearer(token).send();
        assertEquals(200, reply.status(), reply::toString);
        return reply.json();
    }

    /** Polls the run until it matches; fails with the last view when the deadline passes. */
    JsonObject awaitRun(String token, String runId, Predicate<JsonObject> condition, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        JsonObject run = view(token, runId);
        while (!condition.test(run)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("run did not get there within " + timeout + ": " + run);
            }
            pause(50);
            run = view(token, runId);
        }
        return run;
    }

    static Predicate<JsonObject> status(String status) {
        return run -> status.equals(run.getString("status"));
    }

    static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
