package io.gatehouse.bench;

import io.gatehouse.testing.GatehouseClient;
import io.gatehouse.testing.HttpReply;
import java.util.List;
import java.util.UUID;

/** The owners of the session-token series: anonymous devices, each with a session and one project of its own. */
final class SessionOwners {

    static final String GET_PROJECTS = "GET /projects ";

    private SessionOwners() {
    }

    /** Mints {@code n} anonymous sessions, each owning one project; one {@code GET /projects TOKEN} line each (see {@code replay.lua}). */
    static List<String> getProjectsRequests(GatehouseClient http, int n) throws Exception {
        return Parallel.map(n, i -> {
            String token = http.anonymousToken("bench-device-" + i + "-" + UUID.randomUUID());
            created(http.post("/projects").bearer(token).json("{\"name\": \"bench " + i + "\"}").send());
            return GET_PROJECTS + token;
        });
    }

    static void created(HttpReply reply) {
        if (reply.status() != 201) {
            throw new IllegalStateException("could not create a project: " + reply);
        }
    }
}
