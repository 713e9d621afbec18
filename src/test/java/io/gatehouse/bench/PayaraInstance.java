package io.gatehouse.bench;

import io.gatehouse.testing.GatehouseClient;
import io.gatehouse.testing.ServerProcess;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One Payara Micro process of the cluster step, started as operators start it
 * ({@code java -jar payara-micro.jar --deploy gatehouse.war --port P} plus the given Payara options, e.g.
 * {@code --nocluster} or the {@code --clustermode} ones), with the benchmark server's JVM options and the
 * configuration as environment variables.
 */
final class PayaraInstance implements AutoCloseable {

    private final String name;
    private final Process process;
    private final int port;
    private final Path log;
    private final long launched = System.nanoTime();
    private double bootSeconds = Double.NaN;

    private PayaraInstance(String name, Process process, int port, Path log) {
        this.name = name;
        this.process = process;
        this.port = port;
        this.log = log;
    }

    /** Starts the process and returns at once; {@link #awaitReady} waits for Gatehouse to answer. */
    static PayaraInstance launch(String name, Path war, Map<String, String> config, Path log, List<String> payaraOptions) {
        int port = ServerProcess.freePort();
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(BenchServer.JVM_OPTIONS);
        command.addAll(List.of("-jar", System.getProperty("payara.microJar", "target/payara-micro.jar"),
                "--deploy", war.toAbsolutePath().toString(), "--port", String.valueOf(port)));
        command.addAll(payaraOptions);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        config.forEach((key, value) -> builder.environment().put(ServerProcess.environmentName(key), value));
        Report.log("starting " + name + ": payara-micro.jar --port " + port + " " + String.join(" ", payaraOptions) + " (log " + log + ")");
        try {
            Process process = builder.start();
            // a benchmark stopped with Ctrl-C must not leave servers behind on a shared machine
            Runtime.getRuntime().addShutdownHook(new Thread(process::destroyForcibly, "bench-stop-" + name));
            return new PayaraInstance(name, process, port, log);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Waits until Gatehouse answers (an unauthenticated {@code GET /auth/bootstrap} is refused with 401). */
    PayaraInstance awaitReady(Duration timeout) throws InterruptedException {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited with " + process.exitValue() + "; see " + log);
            }
            try {
                HttpResponse<Void> response = client.send(HttpRequest.newBuilder(base().resolve("/auth/bootstrap"))
                        .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 401) {
                    bootSeconds = (System.nanoTime() - launched) / 1e9;
                    Report.log(String.format(Locale.ROOT, "%s answers after %.1f s", name, bootSeconds));
                    return this;
                }
            } catch (IOException notYet) {
                // still booting
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException(name + " did not answer within " + timeout + "; see " + log);
    }

    String name() {
        return name;
    }

    double bootSeconds() {
        return bootSeconds;
    }

    URI base() {
        return URI.create("http://127.0.0.1:" + port + "/");
    }

    GatehouseClient client() {
        try {
            return new GatehouseClient(base().toURL());
        } catch (MalformedURLException e) {
            throw new IllegalStateException(e);
        }
    }

    boolean alive() {
        return process.isAlive();
    }

    /** What the server has logged so far. */
    String logText() {
        try {
            return new String(Files.readAllBytes(log), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Stops the server like {@code kill -9}: the benchmark keeps nothing of it but the log. */
    @Override
    public void close() {
        process.destroyForcibly();
        try {
            process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
