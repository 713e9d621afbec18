package io.gatehouse.bench;

import static io.gatehouse.bench.Figure.reported;

import io.gatehouse.testing.GatehouseClient;
import io.gatehouse.testing.HttpReply;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * The reconciliation with the database's revocations, as the server reports it ({@code
 * gatehouse_reconcile_last_pass_seconds}): a pass with nothing new, and a pass after a burst of revocations, both
 * with every session the benchmark minted live.
 */
final class ReconcilePasses {

    static final int REVOCATIONS = 1_000;
    /** Longer than two passes at the default CLUSTER_RECONCILE_SECONDS (10), so one pass saw them all. */
    static final long WAIT_MILLIS = 21_000;

    private ReconcilePasses() {
    }

    static void measure(GatehouseClient http, Report report, long liveSessions) throws InterruptedException {
        String sessions = String.format(Locale.ROOT, "%,d", liveSessions);
        report.figure(reported("reconciliation pass with " + sessions + " live sessions, nothing revoked",
                milliseconds(lastPassSeconds(http))));
        List<String> tokens = new ArrayList<>();
        for (int i = 0; i < REVOCATIONS; i++) {
            tokens.add(http.anonymousToken("bench-reconcile-" + UUID.randomUUID()));
        }
        long start = System.nanoTime();
        for (String token : tokens) {
            HttpReply reply = http.delete("/auth/session").bearer(token).send();
            if (reply.status() != 200) {
                throw new IllegalStateException("a logout failed: " + reply);
            }
        }
        report.detail(String.format(Locale.ROOT, "%,d logouts in %.1f s", REVOCATIONS, (System.nanoTime() - start) / 1e9));
        Thread.sleep(WAIT_MILLIS);
        report.figure(reported("reconciliation pass with " + sessions + " live sessions, after "
                + String.format(Locale.ROOT, "%,d", REVOCATIONS) + " revocations", milliseconds(lastPassSeconds(http))));
    }

    private static double lastPassSeconds(GatehouseClient http) {
        HttpReply reply = http.get("/ops/metrics").send();
        for (String line : reply.body().split("\n")) {
            if (line.startsWith("gatehouse_reconcile_last_pass_seconds ")) {
                return Double.parseDouble(line.substring(line.indexOf(' ') + 1).trim());
            }
        }
        throw new IllegalStateException("no gatehouse_reconcile_last_pass_seconds in /ops/metrics: " + reply.status());
    }

    private static String milliseconds(double seconds) {
        return String.format(Locale.ROOT, "%.1f ms", seconds * 1000);
    }
}
