package io.gatehouse.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The cluster step: {@code GET /projects} with session tokens against one member of a two-member Payara Micro
 * cluster (the other member idle but in the cluster) and against a single {@code --nocluster} instance, on the
 * same PostgreSQL, in one run. All three servers stay up and the two series alternate, so the machine's drift
 * falls on both alike; the ratio then isolates what clustering costs the serving instance.
 */
final class ClusterBenchmark {

    static final String FIGURE = "session-token GET /projects, one member of a two-member cluster vs a single instance (PostgreSQL)";
    private static final String TARGET = ">= 0.9x";
    private static final Duration BOOT_TIMEOUT = Duration.ofMinutes(3);
    private static final Duration FORMATION_TIMEOUT = Duration.ofSeconds(60);

    private final BenchSettings settings;
    private final Report report;
    private final Path work;

    ClusterBenchmark(BenchSettings settings, Report report, Path work) {
        this.settings = settings;
        this.report = report;
        this.work = work.resolve("cluster");
    }

    void run() throws Exception {
        Optional<BenchPostgres> found = BenchPostgres.find();
        if (found.isEmpty()) {
            report.figure(Figure.skipped(FIGURE, "skipped: no PostgreSQL answers at " + BenchPostgres.WHERE, TARGET));
            return;
        }
        long started = System.nanoTime();
        Files.createDirectories(work);
        Path war = BenchServer.benchWar(work);
        try (BenchPostgres postgres = found.get()) {
            List<PayaraInstance> servers = new ArrayList<>();
            try {
                measure(postgres, war, servers);
            } finally {
                // stopped before the schemas they use are dropped
                servers.forEach(PayaraInstance::close);
            }
        }
        report.detail(String.format(Locale.ROOT, "cluster step took %.0f s (boots, set-up, warm-ups, series)",
                (System.nanoTime() - started) / 1e9));
    }

    private void measure(BenchPostgres postgres, Path war, List<PayaraInstance> servers) throws Exception {
        Report.log("cluster step on " + postgres.url() + ", a fresh schema per setup");
        PayaraInstance single = start(servers, "single instance", war, postgres.freshSchema("single"), List.of("--nocluster"));
        Map<String, String> cluster = new java.util.LinkedHashMap<>(postgres.freshSchema("cluster"));
        cluster.put("cluster.secret", "bench-cluster-secret-" + UUID.randomUUID());
        int gridPort = DataGridLog.freePortPair();
        String gridName = "gh-bench-" + UUID.randomUUID().toString().substring(0, 8);
        List<String> clusterOptions = List.of(
                "--clustermode", "tcpip:127.0.0.1:" + gridPort + ",127.0.0.1:" + (gridPort + 1),
                "--startport", String.valueOf(gridPort), "--interfaces", "127.0.0.1", "--clustername", gridName);
        // one after the other: two fresh deployments migrating one empty schema at once would race
        PayaraInstance member = start(servers, "cluster member 1", war, cluster, clusterOptions);
        PayaraInstance idle = start(servers, "cluster member 2", war, cluster, clusterOptions);
        awaitTwoMembers(gridName, List.of(member, idle));
        report.detail("Payara Micro options of the members: " + String.join(" ", clusterOptions));
        report.detail(String.format(Locale.ROOT, "boot to first answer: single %.1f s, member 1 %.1f s, member 2 %.1f s (one after the other)",
                single.bootSeconds(), member.bootSeconds(), idle.bootSeconds()));
        report.detail("data grid " + gridName + " as member 1 logged it: " + new DataGridLog(member.logText()).latestInstances());
        report.detail("Gatehouse on the single instance: " + new DataGridLog(single.logText()).gatehouseChoice());
        report.detail("Gatehouse on member 1: " + new DataGridLog(member.logText()).gatehouseChoice());

        Series alone = new Series("GET /projects, session token, single instance (--nocluster, PostgreSQL, "
                + settings.liveSessions() + " live sessions)");
        Series clustered = new Series("GET /projects, session token, member 1 of a two-member cluster (member 2 idle, same PostgreSQL, "
                + settings.liveSessions() + " live sessions minted on member 1)");
        List<Series> order = List.of(alone, clustered);
        List<PayaraInstance> loaded = List.of(single, member);
        List<Wrk> targets = new ArrayList<>();
        List<Path> files = new ArrayList<>();
        for (PayaraInstance server : loaded) {
            Report.log("setting up " + settings.liveSessions() + " anonymous sessions on the " + server.name());
            Path requests = work.resolve(server.name().replace(' ', '-') + "-get-projects.txt");
            Files.write(requests, SessionOwners.getProjectsRequests(server.client(), settings.liveSessions()));
            files.add(requests);
            targets.add(new Wrk(server.base(), Path.of("bench", "lua").toAbsolutePath()));
        }
        for (int k = 0; k < order.size(); k++) {
            Report.log("warming up the " + loaded.get(k).name() + " for " + settings.warmup().toSeconds() + " s");
            report.detail("warm-up " + files.get(k).getFileName() + ": " + targets.get(k).replay(files.get(k), settings.warmup()).describe());
        }
        for (int round = 0; round < settings.runs(); round++) {
            for (int k = 0; k < order.size(); k++) {
                int which = (round + k) % order.size();
                order.get(which).add(targets.get(which).replay(files.get(which), settings.run()));
            }
        }
        order.forEach(report::series);
        stillTwoMembers(gridName, member, idle);
        report.figure(Figure.ratio(FIGURE, clustered, alone, 0.9));
    }

    private PayaraInstance start(List<PayaraInstance> servers, String name, Path war, Map<String, String> database,
            List<String> options) throws InterruptedException {
        PayaraInstance server = PayaraInstance.launch(name, war, BenchServer.gatehouseConfig(database),
                work.resolve(name.replace(' ', '-') + ".log"), options);
        servers.add(server);
        return server.awaitReady(BOOT_TIMEOUT);
    }

    /** Fails the figure, loudly, unless both members' logs show this grid with two members. */
    private void awaitTwoMembers(String gridName, List<PayaraInstance> members) throws InterruptedException {
        long deadline = System.nanoTime() + FORMATION_TIMEOUT.toNanos();
        while (members.stream().anyMatch(m -> new DataGridLog(m.logText()).latestSize(gridName) != 2)) {
            if (System.nanoTime() > deadline) {
                notACluster("the cluster did not form: the members' logs do not show data grid " + gridName + " with 2 members within "
                        + FORMATION_TIMEOUT.toSeconds() + " s", members);
            }
            Thread.sleep(500);
        }
    }

    /** A member lost during the series would make the "cluster" figure a single-instance one. */
    private void stillTwoMembers(String gridName, PayaraInstance member, PayaraInstance idle) {
        DataGridLog grid = new DataGridLog(member.logText());
        if (!idle.alive() || grid.memberRemoved() || grid.latestSize(gridName) != 2) {
            notACluster("the cluster fell apart during the series", List.of(member, idle));
        }
    }

    private void notACluster(String why, List<PayaraInstance> members) {
        report.figure(Figure.invalid(FIGURE, "FAILED: " + why, TARGET));
        for (PayaraInstance m : members) {
            report.detail(m.name() + " (" + (m.alive() ? "running" : "exited") + "), latest data grid instances in its log: "
                    + new DataGridLog(m.logText()).latestInstances());
        }
        throw new IllegalStateException("cluster step: " + why + "; logs under " + work);
    }
}
