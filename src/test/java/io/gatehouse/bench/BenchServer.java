package io.gatehouse.bench;

import io.gatehouse.persistence.entity.DatabaseSettings;
import io.gatehouse.testing.FakeClerk;
import io.gatehouse.testing.GatehouseClient;
import io.gatehouse.testing.GatehouseDeployment;
import io.gatehouse.testing.ServerProcess;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.EmptyAsset;
import org.jboss.shrinkwrap.api.exporter.ZipExporter;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The Gatehouse under load: the packaged WAR plus {@link BenchProbe}, on a stock Payara Micro started as
 * operators start it, configured by environment variables, trusting the fake Clerk on loopback, with its
 * own H2 file database. Knows its JVM, so it can report boot time, resident memory and heap.
 */
final class BenchServer implements AutoCloseable {

    static final List<String> JVM_OPTIONS = List.of("-Xmx1g");
    /** Read before {@link #start} points {@code gatehouse.war} at the benchmark's own WAR. */
    private static final Path PACKAGED_WAR = Path.of(System.getProperty("gatehouse.war", "target/gatehouse.war"));
    private static final Pattern HEAP_USED = Pattern.compile("used (\\d+)K");

    private final ServerProcess process;
    private final double bootSeconds;

    private BenchServer(ServerProcess process, double bootSeconds) {
        this.process = process;
        this.bootSeconds = bootSeconds;
    }

    static BenchServer start(Path workDirectory) {
        try {
            Files.createDirectories(workDirectory);
            Path war = benchWar(workDirectory);
            System.setProperty("gatehouse.war", war.toString());
            Map<String, String> config = gatehouseConfig(Map.of("db.url", "jdbc:h2:file:"
                    + workDirectory.toAbsolutePath().resolve("db/gatehouse") + DatabaseSettings.H2_FILE_SETTINGS));
            int port = ServerProcess.freePort();
            long start = System.nanoTime();
            ServerProcess process = ServerProcess.start(config, port, workDirectory.resolve("payara-micro.log"), JVM_OPTIONS);
            return new BenchServer(process, (System.nanoTime() - start) / 1e9);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The configuration every benchmark server gets, around the given database entries: trust the fake Clerk,
     * sessions that outlive the run, rate limits out of reach.
     */
    static Map<String, String> gatehouseConfig(Map<String, String> database) {
        FakeClerk clerk = FakeClerk.shared();
        Map<String, String> config = new LinkedHashMap<>(database);
        config.put("clerk.issuer", clerk.issuer());
        config.put("clerk.jwks-url", clerk.jwksUrl());
        config.put("clerk.api-url", clerk.apiUrl());
        config.put("clerk.secret-key", FakeClerk.SECRET_KEY);
        config.put("clerk.authorized-parties", "http://localhost:3000");
        config.put("session.ttl-seconds", "14400");
        config.putAll(GatehouseDeployment.UNREACHABLE_RATE_LIMITS);
        return config;
    }

    /** The packaged WAR with the probe added in a library jar of its own. */
    static Path benchWar(Path directory) {
        JavaArchive probe = ShrinkWrap.create(JavaArchive.class, "gatehouse-bench-probe.jar")
                .addClass(BenchProbe.class)
                .addAsManifestResource(EmptyAsset.INSTANCE, "beans.xml");
        Path war = directory.resolve("gatehouse.war");
        ShrinkWrap.create(ZipImporter.class, "gatehouse.war").importFrom(PACKAGED_WAR.toFile()).as(WebArchive.class)
                .addAsLibrary(probe)
                .as(ZipExporter.class).exportTo(war.toFile(), true);
        return war;
    }

    URI base() {
        return process.baseUri();
    }

    GatehouseClient client() {
        try {
            return new GatehouseClient(base().toURL());
        } catch (MalformedURLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** From the start of the JVM to the first answered request, as the client saw it. */
    double bootSeconds() {
        return bootSeconds;
    }

    /** The server JVM's resident set size. */
    long residentBytes() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(process.jvm().pid()), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return -1;
    }

    /** Heap in use after a full collection ({@code jcmd GC.run}, then {@code GC.heap_info}). */
    long heapUsedAfterFullGcBytes() {
        jcmd("GC.run");
        String info = jcmd("GC.heap_info");
        Matcher used = HEAP_USED.matcher(info);
        if (!used.find()) {
            throw new IllegalStateException("no heap figure in: " + info);
        }
        return Long.parseLong(used.group(1)) * 1024;
    }

    /** Starts a JDK Flight Recorder profile of the server ({@code jcmd JFR.start}), for finding where time goes. */
    void startRecording(String name) {
        jcmd("JFR.start", "name=" + name, "settings=profile");
    }

    /** Stops that recording and writes it to the file ({@code jfr print --events jdk.ExecutionSample FILE} reads it). */
    void stopRecording(String name, Path file) {
        jcmd("JFR.stop", "name=" + name, "filename=" + file.toAbsolutePath());
    }

    private String jcmd(String... command) {
        Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
        List<String> line = new ArrayList<>(List.of(jcmd.toString(), String.valueOf(process.jvm().pid())));
        line.addAll(List.of(command));
        try {
            Process run = new ProcessBuilder(line)
                    .redirectErrorStream(true).start();
            String output = new String(run.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            run.waitFor();
            return output;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        process.close();
    }
}
