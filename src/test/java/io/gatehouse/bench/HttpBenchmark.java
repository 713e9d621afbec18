package io.gatehouse.bench;

import static io.gatehouse.bench.Figure.check;
import static io.gatehouse.bench.Figure.reported;

import io.gatehouse.testing.FakeClerk;
import io.gatehouse.testing.GatehouseClient;
import io.gatehouse.testing.HttpReply;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * The HTTP half of the benchmark: wrk against a Gatehouse on Payara Micro. Every endpoint is warmed before
 * it is measured; A/B series are measured in alternation, and figures are ratios of medians taken in this run.
 */
final class HttpBenchmark {

    private static final String AZP = "http://localhost:3000";

    private final BenchSettings settings;
    private final Report report;
    private final Path work;

    HttpBenchmark(BenchSettings settings, Report report, Path work) {
        this.settings = settings;
        this.report = report;
        this.work = work;
    }

    void run() throws Exception {
        try (BenchServer server = BenchServer.start(work)) {
            report.figure(check("boot to first answered request", seconds(server.bootSeconds()), "< 10 s",
                    server.bootSeconds() < 10));
            Wrk wrk = new Wrk(server.base(), Path.of("bench", "lua").toAbsolutePath());
            GatehouseClient http = server.client();

            Report.log("setting up " + settings.liveSessions() + " anonymous sessions and " + settings.liveSessions()
                    + " Clerk users, each owning one project");
            Path sessionRequests = work.resolve("session-get-projects.txt");
            Path jwtRequests = work.resolve("jwt-get-projects.txt");
            Path probeRequests = work.resolve("unauthenticated-get-projects.txt");
            setUpOwners(http, sessionRequests, jwtRequests, probeRequests);

            for (Path requests : List.of(sessionRequests, jwtRequests, probeRequests)) {
                Report.log("warming up " + requests.getFileName() + " for " + settings.warmup().toSeconds() + " s");
                report.detail("warm-up " + requests.getFileName() + ": " + wrk.replay(requests, settings.warmup()).describe());
            }
            report.figure(reported("resident memory (RSS) after warm-up", megabytes(server.residentBytes())));

            Series session = new Series("GET /projects, session token (" + settings.liveSessions() + " live sessions)");
            Series jwt = new Series("GET /projects, Clerk JWT verified on every request");
            Series probe = new Series("GET /bench/projects/{owner}, no authentication, same database read");
            List<Series> order = List.of(session, jwt, probe);
            List<Path> files = List.of(sessionRequests, jwtRequests, probeRequests);
            Path profile = work.resolve("get-series.jfr");
            if (settings.profile()) {
                server.startRecording("get-series");
            }
            for (int round = 0; round < settings.runs(); round++) {
                for (int k = 0; k < order.size(); k++) {
                    int which = (round + k) % order.size();
                    order.get(which).add(wrk.replay(files.get(which), settings.run()));
                }
            }
            if (settings.profile()) {
                server.stopRecording("get-series", profile);
                report.detail("JFR profile of the server during these series (figures distorted by it): " + profile);
            }
            order.forEach(report::series);
            report.figure(Figure.ratio("session token vs Clerk JWT, GET /projects", session, jwt, 1.2));
            report.figure(Figure.ratio("session token vs unauthenticated same read, GET /projects", session, probe, 0.9));

            Series mints = new Series("POST /auth/anonymous (new device each time)");
            Report.log("warming up POST /auth/anonymous for " + settings.warmup().toSeconds() + " s");
            long minted = 0;
            WrkResult warm = wrk.mint("warm", settings.warmup());
            report.detail("warm-up POST /auth/anonymous: " + warm.describe());
            minted += warm.requests() - warm.non2xx();
            for (int round = 0; round < settings.runs(); round++) {
                WrkResult run = wrk.mint("m" + round, settings.run());
                mints.add(run);
                minted += run.requests() - run.non2xx();
            }
            report.series(mints);
            report.figure(reported("POST /auth/anonymous mints per second", rate(mints)));

            minted = mintUpTo(wrk, minted, mints.medianRate());
            report.detail(String.format(Locale.ROOT, "sessions minted after the first measurements: %,d", minted));
            Series after = new Series("GET /projects, session token, after minting " + String.format(Locale.ROOT, "%,d", minted) + " more sessions");
            for (int round = 0; round < settings.runs(); round++) {
                after.add(wrk.replay(sessionRequests, settings.run()));
            }
            report.series(after);
            report.figure(Figure.ratio("session-token throughput, after vs before minting " + String.format(Locale.ROOT, "%,d", minted) + " sessions",
                    after, session, 0.9));
            long heap = server.heapUsedAfterFullGcBytes();
            report.figure(check("heap used after a full GC with " + String.format(Locale.ROOT, "%,d", minted + settings.liveSessions())
                    + " live sessions", megabytes(heap), "< 512 MB", heap < 512L * 1024 * 1024));
            ReconcilePasses.measure(http, report, minted + settings.liveSessions());

            exchange(wrk, http);
            rebind(http);
            report.figure(reported("resident memory (RSS) at the end", megabytes(server.residentBytes())));
            report.figure(reported("H2 database file at the end", megabytes(databaseBytes())));
        } finally {
            deleteDatabase();
        }
    }

    private long databaseBytes() throws IOException {
        try (Stream<Path> files = Files.walk(work.resolve("db"))) {
            return files.filter(Files::isRegularFile).mapToLong(file -> file.toFile().length()).sum();
        }
    }

    /** The H2 file of a million sessions is large: never leave it behind. */
    private void deleteDatabase() throws IOException {
        Path database = work.resolve("db");
        if (Files.isDirectory(database)) {
            try (Stream<Path> files = Files.walk(database)) {
                for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(file);
                }
            }
        }
    }

    private void setUpOwners(GatehouseClient http, Path sessionRequests, Path jwtRequests, Path probeRequests) throws Exception {
        FakeClerk clerk = FakeClerk.shared();
        Instant expiry = Instant.now().plus(Duration.ofHours(4));
        List<String> sessionLines = SessionOwners.getProjectsRequests(http, settings.liveSessions());
        List<String> probeLines = Parallel.map(settings.liveSessions(), i -> {
            String token = sessionLines.get(i).substring(SessionOwners.GET_PROJECTS.length());
            HttpReply me = http.get("/bench/whoami").bearer(token).send();
            if (me.status() != 200) {
                throw new IllegalStateException("probe not deployed: " + me);
            }
            return "GET /bench/projects/" + me.json().getString("principal_id") + " -";
        });
        List<String> jwtLines = Parallel.map(settings.liveSessions(), i -> {
            String jwt = clerk.token().subject("user_bench" + i + UUID.randomUUID().toString().replace("-", "").substring(0, 12))
                    .azp(AZP).expiresAt(expiry)
                    .claim("email", "bench" + i + "@example.com").claim("name", "Bench User " + i).sign();
            SessionOwners.created(http.post("/projects").bearer(jwt).json("{\"name\": \"bench jwt " + i + "\"}").send());
            return "GET /projects " + jwt;
        });
        Files.write(sessionRequests, sessionLines);
        Files.write(probeRequests, probeLines);
        Files.write(jwtRequests, jwtLines);
    }

    /** Mints anonymous sessions with wrk until {@code extraSessions} have been minted in all. */
    private long mintUpTo(Wrk wrk, long minted, double rate) {
        int chunk = 0;
        while (minted < settings.extraSessions()) {
            long missing = settings.extraSessions() - minted;
            long seconds = Math.max(1, Math.min(120, (long) Math.ceil(missing / Math.max(rate, 100) * 1.05)));
            Report.log(String.format(Locale.ROOT, "minting: %,d so far, %,d to go (%d s)", minted, missing, seconds));
            WrkResult run = wrk.mint("fill" + chunk++, Duration.ofSeconds(seconds));
            minted += run.requests() - run.non2xx();
            if (run.requests() > 0) {
                rate = run.requestsPerSecond();
            }
        }
        return minted;
    }

    private void exchange(Wrk wrk, GatehouseClient http) throws Exception {
        FakeClerk clerk = FakeClerk.shared();
        Instant expiry = Instant.now().plus(Duration.ofHours(4));
        int users = Math.max(1, settings.exchangeJwts() / 10);
        Report.log("signing " + settings.exchangeJwts() + " distinct Clerk JWTs for " + users + " users");
        List<String> lines = Parallel.map(settings.exchangeJwts(), i -> "POST /auth/session "
                + clerk.token().subject("user_exchange" + (i % users)).azp(AZP).expiresAt(expiry)
                        .claim("email", "exchange" + (i % users) + "@example.com").claim("name", "Exchange " + (i % users)).sign());
        Path requests = work.resolve("exchange.txt");
        Files.write(requests, lines);
        Report.log("warming up POST /auth/session for " + settings.warmup().toSeconds() + " s");
        report.detail("warm-up POST /auth/session: " + wrk.replay(requests, settings.warmup()).describe());
        Series exchanges = new Series("POST /auth/session, a distinct valid Clerk JWT each time");
        for (int round = 0; round < settings.runs(); round++) {
            exchanges.add(wrk.replay(requests, settings.exchangeRun()));
        }
        report.series(exchanges);
        double rate = exchanges.medianRate();
        report.figure(Double.isNaN(rate)
                ? Figure.invalid("POST /auth/session exchanges per second", "no valid run", ">= 1,000/s")
                : check("POST /auth/session exchanges per second", rate(exchanges), ">= 1,000/s", rate >= 1000));
    }

    private void rebind(GatehouseClient http) throws Exception {
        List<Double> millis = new ArrayList<>();
        for (int round = 0; round < settings.runs(); round++) {
            String device = "bench-rebind-" + round + "-" + UUID.randomUUID();
            String anonymous = http.anonymousToken(device);
            Report.log("creating " + settings.rebindRows() + " projects owned by device " + round);
            Parallel.map(settings.rebindRows(), i -> {
                SessionOwners.created(http.post("/projects").bearer(anonymous).json("{\"name\": \"row " + i + "\"}").send());
                return "";
            });
            String user = http.sessionToken(FakeClerk.shared().token().subject("user_rebind" + round + UUID.randomUUID().toString().substring(0, 8))
                    .azp(AZP).claim("email", "rebind" + round + "@example.com").claim("name", "Rebind").sign());
            long start = System.nanoTime();
            HttpReply reply = http.post("/auth/rebind").bearer(user).json("{\"device_id\": \"" + device + "\"}").send();
            double elapsed = (System.nanoTime() - start) / 1e6;
            if (reply.status() != 200 || reply.json().getInt("rows_updated") != settings.rebindRows()) {
                throw new IllegalStateException("rebind did not move " + settings.rebindRows() + " rows: " + reply);
            }
            millis.add(elapsed);
            report.detail(String.format(Locale.ROOT, "POST /auth/rebind moving %,d rows: %.0f ms", settings.rebindRows(), elapsed));
        }
        double median = millis.stream().sorted().toList().get(millis.size() / 2);
        report.figure(check(String.format(Locale.ROOT, "one POST /auth/rebind moving %,d owned rows (median of %d)", settings.rebindRows(), millis.size()),
                String.format(Locale.ROOT, "%.0f ms", median), "< 1 s", median < 1000));
    }




    private static String rate(Series series) {
        return String.format(Locale.ROOT, "%,.0f/s (p50 %.2f ms, p99 %.2f ms)", series.medianRate(), series.medianP50(), series.medianP99());
    }

    private static String seconds(double value) {
        return String.format(Locale.ROOT, "%.1f s", value);
    }

    private static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%,.0f MB", bytes / (1024.0 * 1024));
    }
}
