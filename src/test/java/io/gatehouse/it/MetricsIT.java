package io.gatehouse.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gatehouse.testing.GatehouseDeployment;
import io.gatehouse.testing.HttpReply;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** {@code GET /ops/metrics}: the counters move with the requests that should move them, and METRICS_TOKEN guards them. */
@Tag(GatehouseIT.DATABASE_INDEPENDENT)
class MetricsIT extends GatehouseIT {

    private static final String METRICS_TOKEN = "metrics-it-token-4f1c2a9e7b";
    private static final String AUTHENTICATIONS = "gatehouse_authentications_total";

    @Deployment(testable = false)
    static WebArchive deployment() {
        Map<String, String> config = GatehouseDeployment.defaultConfig("metrics");
        config.put("metrics.token", METRICS_TOKEN);
        config.put("rate-limit.webhooks-per-minute", "1");
        return GatehouseDeployment.of(config);
    }

    /**
     * Every sample of the exposition, by name with its labels in the order of their names (the order a scraper
     * ignores), e.g. {@code gatehouse_rebind_seconds_count} or {@code gatehouse_authentications_total{kind="none",outcome="missing"}}.
     */
    private Map<String, Double> scrape() {
        HttpReply reply = http().get("/ops/metrics").bearer(METRICS_TOKEN).send();
        assertEquals(200, reply.status(), reply::toString);
        Map<String, Double> samples = new HashMap<>();
        for (String line : reply.body().split("\n")) {
            if (!line.isBlank() && !line.startsWith("#")) {
                int space = line.lastIndexOf(' ');
                samples.put(series(line.substring(0, space)), Double.parseDouble(line.substring(space + 1)));
            }
        }
        return samples;
    }

    /** A sample's name and labels with the labels sorted by name (no label value here holds a comma). */
    private static String series(String nameAndLabels) {
        int brace = nameAndLabels.indexOf('{');
        if (brace < 0) {
            return nameAndLabels;
        }
        String[] labels = nameAndLabels.substring(brace + 1, nameAndLabels.length() - 1).split(",");
        Arrays.sort(labels);
        return nameAndLabels.substring(0, brace) + "{" + String.join(",", labels) + "}";
    }

    private static String authentications(String outcome, String kind) {
        return series(AUTHENTICATIONS + "{outcome=\"" + outcome + "\",kind=\"" + kind + "\"}");
    }

    private static double delta(Map<String, Double> before, Map<String, Double> after, String sample) {
        assertTrue(after.containsKey(sample), () -> "no sample " + sample + " in " + after.keySet());
        return after.get(sample) - before.getOrDefault(sample, 0.0);
    }

    @Test
    void theMetricsNeedTheTokenWhenOneIsSet() {
        HttpReply none = http().get("/ops/metrics").send();
        assertProblem(none, 401, "Missing or wrong metrics token: send Authorization: Bearer <METRICS_TOKEN>");
        assertTrue(none.header("WWW-Authenticate").startsWith("Bearer"), none::toString);
        assertProblem(http().get("/ops/metrics").bearer("not-" + METRICS_TOKEN).send(), 401,
                "Missing or wrong metrics token: send Authorization: Bearer <METRICS_TOKEN>");

        HttpReply reply = http().get("/ops/metrics").bearer(METRICS_TOKEN).send();
        assertEquals(200, reply.status(), reply::toString);
        assertTrue(reply.header("Content-Type").startsWith("text/plain"), reply::toString);
        assertTrue(reply.body().contains("# TYPE gatehouse_authentications_total counter\n"), reply::toString);
        assertTrue(reply.body().contains("# TYPE gatehouse_active_sessions gauge\n"), reply::toString);
    }

    @Test
    void theMetricsTokenIsNeverTakenForAUserCredential() {
        Map<String, Double> before = scrape();
        Map<String, Double> after = scrape();
        assertEquals(0, delta(before, after, authentications("invalid", "other")), "the mechanism skips /ops/metrics");
    }

    @Test
    void authenticationOutcomesAreCountedByReasonAndKind() {
        Map<String, Double> before = scrape();

        String session = http().sessionToken(userJwt());
        assertEquals(200, http().get("/projects").bearer(session).send().status());
        assertEquals(200, http().get("/projects").bearer(session).send().status());
        assertProblem(http().get("/projects").bearer("msc_" + "A".repeat(43)).send(), 401, "Invalid token: unknown session token");
        String expiredJwt = clerk().token().subject(newUserId()).expiresAt(Instant.now().minusSeconds(3600)).sign();
        assertProblem(http().get("/projects").bearer(expiredJwt).send(), 401, "Token expired");
        assertProblem(http().get("/projects").send(), 401, "Missing Bearer token");
        assertEquals(200, http().delete("/auth/session").bearer(session).send().status());
        assertProblem(http().get("/projects").bearer(session).send(), 401, "Invalid token: session revoked");
        http().post("/webhooks/clerk").json("{}").send();
        assertEquals(429, http().post("/webhooks/clerk").json("{}").send().status(), "the second webhook is over its limit of 1");

        Map<String, Double> after = scrape();
        assertEquals(1, delta(before, after, authentications("ok", "clerk_jwt")), "the exchange");
        assertEquals(3, delta(before, after, authentications("ok", "session")), "two reads and the logout");
        assertEquals(1, delta(before, after, authentications("invalid", "session")));
        assertEquals(1, delta(before, after, authentications("expired", "clerk_jwt")));
        assertEquals(1, delta(before, after, authentications("missing", "none")));
        assertEquals(1, delta(before, after, authentications("revoked", "session")));
        assertEquals(1, delta(before, after, authentications("rate_limited", "none")));
    }

    @Test
    void exchangesAndRebindsAreTimed() {
        Map<String, Double> before = scrape();

        String device = newDeviceId();
        String anonymous = http().anonymousToken(device);
        assertEquals(201, http().post("/projects").bearer(anonymous).json("{\"name\": \"timed\"}").send().status());
        String user = http().sessionToken(userJwt());
        HttpReply rebind = http().post("/auth/rebind").bearer(user).json("{\"device_id\": \"" + device + "\"}").send();
        assertEquals(200, rebind.status(), rebind::toString);

        Map<String, Double> after = scrape();
        assertEquals(1, delta(before, after, "gatehouse_session_exchange_seconds_count"));
        assertTrue(delta(before, after, "gatehouse_session_exchange_seconds_sum") > 0);
        assertTrue(after.get("gatehouse_session_exchange_seconds_max") > 0);
        assertEquals(1, delta(before, after, "gatehouse_rebind_seconds_count"));
        assertTrue(delta(before, after, "gatehouse_rebind_seconds_sum") > 0);
        assertTrue(after.get("gatehouse_rebind_seconds_max") > 0);
        assertEquals(1, delta(before, after, authentications("ok", "anonymous")), "the project the device wrote");
    }

    @Test
    void activeSessionsFollowMintsAndLogouts() {
        double before = scrape().get("gatehouse_active_sessions");

        String anonymous = http().anonymousToken(newDeviceId());
        assertEquals(before + 1, scrape().get("gatehouse_active_sessions"));

        assertEquals(200, http().delete("/auth/session").bearer(anonymous).send().status());
        assertEquals(before, scrape().get("gatehouse_active_sessions"));
    }
}
