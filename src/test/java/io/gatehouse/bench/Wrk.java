package io.gatehouse.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** Runs the wrk load generator (a second process on loopback) with one of the Lua scripts in {@code bench/lua}. */
final class Wrk {

    static final int THREADS = 2;
    static final int CONNECTIONS = 16;

    private final URI base;
    private final Path scripts;

    Wrk(URI base, Path scripts) {
        this.base = base;
        this.scripts = scripts;
    }

    /** Replays the {@code METHOD PATH TOKEN} lines of a file (see {@code replay.lua}). */
    WrkResult replay(Path requests, Duration duration) {
        return run("replay.lua", duration, requests.toAbsolutePath().toString(), String.valueOf(THREADS));
    }

    /** Mints anonymous sessions for devices never seen before (see {@code mint.lua}). */
    WrkResult mint(String runPrefix, Duration duration) {
        return run("mint.lua", duration, runPrefix);
    }

    private WrkResult run(String script, Duration duration, String... scriptArgs) {
        List<String> command = new ArrayList<>(List.of("wrk",
                "-t", String.valueOf(THREADS), "-c", String.valueOf(CONNECTIONS),
                "-d", Math.max(1, duration.toSeconds()) + "s", "--timeout", "10s", "--latency",
                "-s", scripts.resolve(script).toString(), base.toString(), "--"));
        command.addAll(List.of(scriptArgs));
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (process.waitFor() != 0) {
                throw new IllegalStateException("wrk failed: " + output);
            }
            return WrkResult.parse(output);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run wrk (bench/run installs it)", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
