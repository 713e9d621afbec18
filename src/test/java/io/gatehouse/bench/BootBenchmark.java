package io.gatehouse.bench;

import static io.gatehouse.bench.Figure.check;
import static io.gatehouse.bench.Figure.reported;

import io.gatehouse.persistence.entity.DatabaseSettings;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.exporter.ZipExporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * Boot: the same stock Payara Micro starts a minimal JAX-RS WAR ({@link MinimalApplication}) and Gatehouse, one after
 * the other, {@code rounds} times each, alternated so that a machine slower for a while slows both. A boot is from
 * the JVM's spawn to the first answer: {@code GET /ping} answered 200 for the minimal WAR, an unauthenticated
 * {@code GET /auth/bootstrap} answered 401 for Gatehouse (on a fresh H2 file, so its schema is migrated each time, as
 * on a first start). While either boots, a probe asks three paths every 20 ms (the same load on both); for Gatehouse
 * it counts what it is answered before Gatehouse is ready: connection refused and the server's 404 are the server's
 * own "not yet", a 503 Gatehouse's; a 500 is neither.
 */
final class BootBenchmark {

    private static final Duration TIMEOUT = Duration.ofMinutes(3);
    private static final List<String> PROBED = List.of("/auth/bootstrap", "/projects", "/.well-known/oauth-protected-resource");

    private final Report report;
    private final Path work;
    private final int rounds;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();

    BootBenchmark(BenchSettings settings, Report report, Path work) {
        this.report = report;
        this.work = work.resolve("boot");
        this.rounds = settings.mode().startsWith("quick") ? 1 : 3;
    }

    void run() throws Exception {
        Files.createDirectories(work);
        Path minimalWar = minimalWar();
        Path gatehouseWar = BenchServer.benchWar(work);
        List<Double> minimal = new ArrayList<>();
        List<Double> gatehouse = new ArrayList<>();
        Map<String, Integer> beforeReady = new TreeMap<>();
        for (int round = 1; round <= rounds; round++) {
            minimal.add(boot("minimal-" + round, minimalWar, Map.of(), "/ping", 200, new TreeMap<>()));
            Map<String, String> config = BenchServer.gatehouseConfig(Map.of("db.url", "jdbc:h2:file:"
                    + work.toAbsolutePath().resolve("db-" + round + "/gatehouse") + DatabaseSettings.H2_FILE_SETTINGS));
            gatehouse.add(boot("gatehouse-" + round, gatehouseWar, config, "/auth/bootstrap", 401, beforeReady));
        }
        double minimalMedian = median(minimal);
        double gatehouseMedian = median(gatehouse);
        double ratio = gatehouseMedian / minimalMedian;
        report.figure(reported("boot, minimal JAX-RS WAR on Payara Micro (median)", seconds(minimalMedian) + " " + runs(minimal)));
        report.figure(reported("boot, Gatehouse on Payara Micro (median)", seconds(gatehouseMedian) + " " + runs(gatehouse)));
        report.figure(check("boot, Gatehouse vs minimal WAR", String.format(Locale.ROOT, "%.2fx", ratio), "<= 1.3x", ratio <= 1.3));
        int errors = beforeReady.entrySet().stream().filter(e -> e.getKey().startsWith("5") && !e.getKey().startsWith("503"))
                .mapToInt(Map.Entry::getValue).sum();
        report.figure(check("answers before Gatehouse is ready", beforeReady.toString(), "no 5xx but 503", errors == 0));
    }

    /** Seconds from spawn to the first {@code status} on {@code path}; counts the probe's answers before that. */
    private double boot(String name, Path war, Map<String, String> config, String path, int status,
            Map<String, Integer> beforeReady) throws Exception {
        Path log = work.resolve(name + ".log");
        long spawned = System.nanoTime();
        try (PayaraInstance server = PayaraInstance.launch(name, war, config, log, List.of("--contextroot", "/", "--nocluster"))) {
            URI base = server.base();
            long deadline = spawned + TIMEOUT.toNanos();
            while (System.nanoTime() < deadline) {
                if (!server.alive()) {
                    throw new IllegalStateException(name + " exited; see " + log);
                }
                if (answer(base, path) == status) {
                    double seconds = (System.nanoTime() - spawned) / 1e9;
                    Report.log(String.format(Locale.ROOT, "%s answered after %.1f s", name, seconds));
                    return seconds;
                }
                for (String probed : PROBED) {
                    int answer = answer(base, probed);
                    beforeReady.merge(answer == 0 ? "refused" : String.valueOf(answer), 1, Integer::sum);
                }
                Thread.sleep(20);
            }
            throw new IllegalStateException(name + " did not answer within " + TIMEOUT + "; see " + log);
        }
    }

    /** The status of a GET, or 0 when no answer came (connection refused, reset or timed out). */
    private int answer(URI base, String path) throws InterruptedException {
        try {
            return client.send(HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(2)).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException notYet) {
            return 0;
        }
    }

    private Path minimalWar() {
        Path war = work.resolve("minimal.war");
        ShrinkWrap.create(WebArchive.class, "minimal.war")
                .addClasses(MinimalApplication.class, MinimalApplication.Ping.class)
                .as(ZipExporter.class).exportTo(war.toFile(), true);
        return war;
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    private static String seconds(double value) {
        return String.format(Locale.ROOT, "%.1f s", value);
    }

    private static String runs(List<Double> values) {
        return values.stream().map(v -> String.format(Locale.ROOT, "%.1f", v)).toList().toString();
    }
}
