package io.gatehouse.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Payara Micro members of one cluster on loopback, started as operators start them:
 * {@code --clustermode tcpip:127.0.0.1:H,127.0.0.1:H+1,… --startport H --clustername gh-it-… --interfaces 127.0.0.1}
 * instead of {@code --nocluster}. The data grid's ports ({@code H} upward, one per member) and the cluster name are
 * picked at random for each cluster, far from Payara's default 6900, so concurrent runs on one machine never join
 * each other's members.
 */
public final class PayaraCluster {

    /** Logged by every member whenever the data grid's membership changes, e.g. {@code DG Size: 2}. */
    private static final Pattern DATA_GRID_SIZE = Pattern.compile("DG Size: (\\d+)");
    /** Data grid ports are picked below the kernel's ephemeral range (32768 up), where {@link ServerProcess#freePort} lands. */
    private static final int LOWEST_PORT = 20_000;
    private static final int HIGHEST_PORT = 32_000;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final String name;
    private final int dataGridPort;
    private final int members;

    private PayaraCluster(String name, int dataGridPort, int members) {
        this.name = name;
        this.dataGridPort = dataGridPort;
        this.members = members;
    }

    /** A new cluster of the given size: a random name and a random run of free data grid ports. */
    public static PayaraCluster onLoopback(int members) {
        byte[] suffix = new byte[6];
        RANDOM.nextBytes(suffix);
        return new PayaraCluster("gh-it-" + HexFormat.of().formatHex(suffix), freeRun(members), members);
    }

    public String name() {
        return name;
    }

    /** The first data grid port ({@code --startport}); member i listens on it or on one of the next ports. */
    public int dataGridPort() {
        return dataGridPort;
    }

    /** The arguments every member gets, the same for all of them and again on a restart. */
    public List<String> arguments() {
        String addresses = IntStream.range(0, members).mapToObj(i -> "127.0.0.1:" + (dataGridPort + i))
                .collect(Collectors.joining(","));
        return List.of("--clustermode", "tcpip:" + addresses, "--startport", String.valueOf(dataGridPort),
                "--clustername", name, "--interfaces", "127.0.0.1");
    }

    /** Starts one member (or restarts one that was killed) and waits until Gatehouse answers on it. */
    public ServerProcess start(Map<String, String> config, int port, Path log) {
        long start = System.nanoTime();
        ServerProcess member = ServerProcess.start(config, port, log, List.of(), arguments());
        System.out.println("cluster " + name + ": member on port " + port + " ready in "
                + Duration.ofNanos(System.nanoTime() - start).toMillis() + " ms");
        return member;
    }

    /**
     * Starts one member per port, all at once (booting together is faster than one after the other), and waits
     * for all of them; when one fails, the others are killed.
     */
    public List<ServerProcess> startAll(Map<String, String> config, List<Integer> ports, List<Path> logs) {
        ExecutorService starters = Executors.newFixedThreadPool(ports.size());
        try {
            List<CompletableFuture<ServerProcess>> starting = new ArrayList<>();
            for (int i = 0; i < ports.size(); i++) {
                int member = i;
                starting.add(CompletableFuture.supplyAsync(() -> start(config, ports.get(member), logs.get(member)), starters));
            }
            try {
                CompletableFuture.allOf(starting.toArray(CompletableFuture[]::new)).join();
            } catch (CompletionException failed) {
                starting.stream().filter(f -> f.isDone() && !f.isCompletedExceptionally()).forEach(f -> f.join().kill());
                throw failed;
            }
            return starting.stream().map(CompletableFuture::join).toList();
        } finally {
            starters.shutdown();
        }
    }

    /**
     * Waits until the member writing this log reports a data grid of the given size (Payara Micro logs
     * {@code DG Size: n} at boot and whenever a member joins or leaves); fails with the sizes it logged otherwise.
     */
    public static void awaitDataGridSize(Path log, int size, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!dataGridSizes(log).contains(size)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("no data grid of " + size + " members in " + log + " within " + timeout
                        + "; the sizes it logged: " + dataGridSizes(log));
            }
            pause(200);
        }
    }

    /** Every data grid size the log reports, in order. */
    public static List<Integer> dataGridSizes(Path log) {
        return DATA_GRID_SIZE.matcher(read(log)).results().map(m -> Integer.valueOf(m.group(1))).toList();
    }

    private static String read(Path log) {
        try {
            return Files.exists(log) ? Files.readString(log, StandardCharsets.ISO_8859_1) : "";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A random run of consecutive ports, each free now on every interface and on loopback. */
    private static int freeRun(int length) {
        for (int attempt = 0; attempt < 100; attempt++) {
            int first = LOWEST_PORT + RANDOM.nextInt(HIGHEST_PORT - LOWEST_PORT - length);
            if (IntStream.range(first, first + length).allMatch(PayaraCluster::free)) {
                return first;
            }
        }
        throw new IllegalStateException("no run of " + length + " free ports between " + LOWEST_PORT + " and " + HIGHEST_PORT);
    }

    private static boolean free(int port) {
        try {
            new ServerSocket(port).close();
        } catch (IOException taken) {
            return false;
        }
        try (ServerSocket loopback = new ServerSocket()) {
            loopback.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
            return true;
        } catch (IOException taken) {
            return false;
        }
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
