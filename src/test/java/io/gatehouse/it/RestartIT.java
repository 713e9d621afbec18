package io.gatehouse.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.gatehouse.testing.FakeClerk;
import io.gatehouse.testing.GatehouseClient;
import io.gatehouse.testing.GatehouseDeployment;
import io.gatehouse.testing.HttpReply;
import io.gatehouse.testing.RequiresSelectedDatabase;
import io.gatehouse.testing.ServerProcess;
import io.gatehouse.testing.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A crash logs nobody out: sessions and agent tokens minted before a {@code kill -9} work after the
 * restart, and a revoked session stays revoked. Runs the selected server as a plain process (Arquillian cannot kill one),
 * with its configuration in environment variables as operators give it.
 */
@ExtendWith(RequiresSelectedDatabase.class)
class RestartIT {

    @Test
    void sessionsSurviveAKillAndRestart() throws Exception {
        Map<String, String> config = GatehouseDeployment.defaultConfig("restart");
        config.putAll(TestDatabase.fileH2ConfigFor("restart"));
        Path log = Files.createDirectories(Path.of("target", "it-logs")).resolve("restart-" + ServerProcess.selected() + "-" + TestDatabase.selected() + ".log");
        int port = ServerProcess.freePort();
        String device = "device-" + UUID.randomUUID();
        String user = "user_" + UUID.randomUUID().toString().replace("-", "").substring(0, 24);
        String anonymous;
        String signedIn;
        String loggedOut;
        String agent;

        try (ServerProcess first = ServerProcess.start(config, port, log)) {
            GatehouseClient http = new GatehouseClient(first.baseUri().toURL());
            anonymous = http.anonymousToken(device);
            assertEquals(201, http.post("/projects").bearer(anonymous).json("{\"name\": \"before crash\"}").send().status());
            signedIn = http.sessionToken(FakeClerk.shared().token().subject(user).sign());
            loggedOut = http.sessionToken(FakeClerk.shared().token().subject(user).sign());
            assertEquals(200, http.delete("/auth/session").bearer(loggedOut).send().status());
            agent = http.post("/api/v1/agents").bearer(FakeClerk.shared().token().subject(user).sign()).json("{\"name\": \"survivor\"}").send().json().getString("token");
            first.kill();
        }

        try (ServerProcess second = ServerProcess.start(config, port, log)) {
            GatehouseClient http = new GatehouseClient(second.baseUri().toURL());
            HttpReply projects = http.get("/projects").bearer(anonymous).send();
            assertEquals(200, projects.status(), projects::toString);
            assertEquals(1, projects.json().getJsonArray("projects").size());
            assertEquals(200, http.get("/auth/bootstrap").bearer(signedIn).send().status());
            HttpReply revoked = http.get("/projects").bearer(loggedOut).send();
            assertEquals(401, revoked.status(), revoked::toString);
            HttpReply asAgent = http.get("/api/v1/users/me").bearer(agent).send();
            assertEquals(200, asAgent.status(), "agent tokens survive too: " + asAgent);
        }
    }
}
