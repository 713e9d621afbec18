package io.gatehouse.bench;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.security.SecureRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a Payara Micro log says about its data grid. Payara prints a status block whenever the grid changes
 * ({@code Payara Data Grid State: DG Version: 5 DG Name: gh-bench-… DG Size: 2}, then {@code Instances: {…}}),
 * and {@code Data Grid Instance Removed …} when a member leaves; Hazelcast's own {@code Members {size:2, …}}
 * list counts too where its logging is on.
 */
final class DataGridLog {

    private static final Pattern SIZE = Pattern.compile("DG Name: (\\S+) DG Size: (\\d+)|Members \\{size:(\\d+)");
    private static final Pattern INSTANCES = Pattern.compile("Instances: \\{(.*?)\\n\\s*\\}", Pattern.DOTALL);
    private static final Pattern CHOICE = Pattern.compile("io\\.gatehouse\\.cluster\\.ClusterBackends.*?\\[levelValue: \\d+\\] ([^\\n]*)");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final String log;

    DataGridLog(String log) {
        this.log = log;
    }

    /** The grid size in the latest status the log shows for this grid name, or 0 before there is one. */
    int latestSize(String gridName) {
        Matcher status = SIZE.matcher(log);
        int size = 0;
        while (status.find()) {
            if (status.group(3) != null) {
                size = Integer.parseInt(status.group(3));
            } else {
                size = status.group(1).equals(gridName) ? Integer.parseInt(status.group(2)) : 0;
            }
        }
        return size;
    }

    /** Whether a member has left the grid since it formed. */
    boolean memberRemoved() {
        return log.contains("Data Grid Instance Removed");
    }

    /** The latest list of instances (name, address), for the report. */
    String latestInstances() {
        Matcher instances = INSTANCES.matcher(log);
        String last = "none printed";
        while (instances.find()) {
            last = instances.group(1).strip().replaceAll("\\s*\\n\\s*", "; ");
        }
        return last;
    }

    /** What Gatehouse logged at start-up about the grid (clustered or single instance), for the report. */
    String gatehouseChoice() {
        Matcher line = CHOICE.matcher(log);
        return line.find() ? line.group(1).strip() : "not logged";
    }

    /** A port H with H and H+1 free on loopback, away from the grid's default 6900 so no other cluster is met. */
    static int freePortPair() {
        for (int attempt = 0; attempt < 100; attempt++) {
            int port = 20_000 + RANDOM.nextInt(20_000);
            if (free(port) && free(port + 1)) {
                return port;
            }
        }
        throw new IllegalStateException("no free pair of ports between 20000 and 40000 on 127.0.0.1");
    }

    private static boolean free(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
            return true;
        } catch (IOException taken) {
            return false;
        }
    }
}
