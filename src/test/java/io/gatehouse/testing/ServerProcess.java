package io.gatehouse.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A Gatehouse server started as operators start it, configured only through environment variables, and
 * stoppable with the equivalent of {@code kill -9}. For the tests Arquillian cannot express: crashes and
 * restarts. Which server it is follows the system property {@code gatehouse.it.server} ({@code payara},
 * the default, or {@code wildfly}), the one that also selects the Arquillian container.
 */
public abstract class ServerProcess implements AutoCloseable {

    /**
     * JVM options of a server a test starts: a small heap, and the client compiler only, which starts a server
     * for a few dozen requests sooner (the benchmark passes its own options).
     */
    static final List<String> TEST_JVM_OPTIONS = List.of("-Xmx512m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1");

    /** WildFly's: {@link #TEST_JVM_OPTIONS} and what its {@code standalone.conf} sets when JAVA_OPTS is empty. */
    private static final List<String> WILDFLY_TEST_JVM_OPTIONS = List.of("-Xms64m", "-Xmx512m", "-XX:+UseSerialGC",
            "-XX:TieredStopAtLevel=1", "-Djava.net.preferIPv4Stack=true", "-Djava.awt.headless=true",
            "-Djboss.modules.system.pkgs=org.jboss.byteman");

    /** System property selecting the server. */
    public static final String PROPERTY = "gatehouse.it.server";

    private final Process process;
    private final int port;

    protected ServerProcess(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    /** The selected server: {@code payara} or {@code wildfly}. */
    public static String selected() {
        String value = System.getProperty(PROPERTY, "payara").trim().toLowerCase(Locale.ROOT);
        if (!value.equals("payara") && !value.equals("wildfly")) {
            throw new IllegalStateException(PROPERTY + " must be payara or wildfly, not " + value);
        }
        return value;
    }

    /**
     * Starts the selected server with the packaged WAR, the given MicroProfile Config entries as environment
     * variables and HTTP on the given port, and waits until Gatehouse answers.
     */
    public static ServerProcess start(Map<String, String> config, int port, Path log) {
        return start(config, port, log, List.of());
    }

    /**
     * As {@link #start(Map, int, Path)}, with the server JVM's options (heap, GC) given; empty means a
     * small serial-GC heap, enough for the tests.
     */
    public static ServerProcess start(Map<String, String> config, int port, Path log, List<String> jvmOptions) {
        return start(config, port, log, jvmOptions, List.of());
    }

    /**
     * As {@link #start(Map, int, Path, List)}, as a member of a Payara Micro cluster: the cluster arguments
     * ({@code --clustermode}, {@code --clustername}, …, see {@link PayaraCluster}) replace {@code --nocluster}.
     * Empty means a single instance; WildFly takes none.
     */
    public static ServerProcess start(Map<String, String> config, int port, Path log, List<String> jvmOptions,
            List<String> clusterArguments) {
        ServerProcess instance = launch(config, port, log, jvmOptions, clusterArguments);
        instance.awaitReady(Duration.ofMinutes(3));
        return instance;
    }

    /** Starts the selected server as {@link #start(Map, int, Path, List)} does, without waiting for Gatehouse. */
    public static ServerProcess launch(Map<String, String> config, int port, Path log, List<String> jvmOptions) {
        return launch(config, port, log, jvmOptions, List.of());
    }

    private static ServerProcess launch(Map<String, String> config, int port, Path log, List<String> jvmOptions,
            List<String> clusterArguments) {
        if (selected().equals("wildfly") && !clusterArguments.isEmpty()) {
            throw new IllegalArgumentException("WildFly runs Gatehouse as a single instance: no cluster arguments");
        }
        ProcessBuilder builder = selected().equals("wildfly")
                ? WildFlyProcess.command(port, log.getFileName().toString().replace(".log", ""))
                : PayaraMicroProcess.command(port, jvmOptions.isEmpty() ? TEST_JVM_OPTIONS : jvmOptions, clusterArguments);
        if (selected().equals("wildfly")) {
            builder.environment().put("JAVA_OPTS", String.join(" ", jvmOptions.isEmpty() ? WILDFLY_TEST_JVM_OPTIONS : jvmOptions));
        }
        builder.redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        config.forEach((key, value) -> builder.environment().put(environmentName(key), value));
        Process process;
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return selected().equals("wildfly") ? new WildFlyProcess(process, port) : new PayaraMicroProcess(process, port);
    }

    /** Whether the server process (or, for WildFly, its launcher) is still running. */
    public boolean alive() {
        return process.isAlive();
    }

    /** MicroProfile Config's environment-variable name for a property: {@code clerk.jwks-url} is {@code CLERK_JWKS_URL}. */
    public static String environmentName(String key) {
        return key.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "_");
    }

    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The packaged WAR the tests deploy ({@code -Dgatehouse.war}). */
    static Path war() {
        return Path.of(System.getProperty("gatehouse.war", "target/gatehouse.war")).toAbsolutePath();
    }

    static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** The server's JVM: the process itself, or the one its launcher script started. */
    public ProcessHandle jvm() {
        return process.descendants().filter(p -> p.info().command().map(c -> c.endsWith("java")).orElse(false))
                .findFirst().orElse(process.toHandle());
    }

    public URI baseUri() {
        return URI.create("http://127.0.0.1:" + port + "/");
    }

    private void awaitReady(Duration timeout) {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(selected() + " exited with " + process.exitValue());
            }
            try {
                HttpResponse<Void> response = client.send(HttpRequest.newBuilder(baseUri().resolve("/auth/bootstrap"))
                        .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 401) {
                    return;
                }
            } catch (IOException notYet) {
                // still booting
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            sleep(100);
        }
        kill();
        throw new IllegalStateException(selected() + " did not answer within " + timeout);
    }

    /**
     * Stops the server without any chance to clean up, like {@code kill -9}: the JVM and whatever launched it
     * (WildFly's {@code standalone.sh} runs the JVM as its child).
     */
    public void kill() {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        try {
            process.waitFor();
            process.descendants().forEach(child -> child.onExit().join());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        kill();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
