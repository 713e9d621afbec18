package io.gatehouse.cluster;

import io.gatehouse.cluster.control.Grid;
import io.gatehouse.cluster.control.HazelcastGrid;
import com.hazelcast.config.Config;
import com.hazelcast.core.Hazelcast;
import com.hazelcast.core.HazelcastInstance;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.UUID;

/**
 * Two Hazelcast members in the test JVM, joined over loopback under a cluster name of their own, configured
 * as Payara configures its grid for {@code --clustermode tcpip}; for the grid implementations' unit tests.
 */
final class TwoMembers implements AutoCloseable {

    final HazelcastInstance a;
    final HazelcastInstance b;

    TwoMembers() {
        String name = "gh-unit-" + UUID.randomUUID();
        int port = freePort();
        a = Hazelcast.newHazelcastInstance(config(name, port));
        b = Hazelcast.newHazelcastInstance(config(name, port));
    }

    Grid gridA() {
        return HazelcastGrid.of(a);
    }

    Grid gridB() {
        return HazelcastGrid.of(b);
    }

    private static Config config(String name, int port) {
        Config config = new Config().setClusterName(name);
        config.setProperty("hazelcast.phone.home.enabled", "false");
        config.setProperty("hazelcast.logging.type", "jdk");
        config.setProperty("hazelcast.wait.seconds.before.join", "0");
        config.getNetworkConfig().setPort(port).setPortAutoIncrement(true).setPortCount(2);
        config.getNetworkConfig().getInterfaces().setEnabled(true).addInterface("127.0.0.1");
        config.getNetworkConfig().getJoin().getAutoDetectionConfig().setEnabled(false);
        config.getNetworkConfig().getJoin().getMulticastConfig().setEnabled(false);
        config.getNetworkConfig().getJoin().getTcpIpConfig().setEnabled(true)
                .addMember("127.0.0.1:" + port).addMember("127.0.0.1:" + (port + 1));
        return config;
    }

    private static int freePort() {
        for (int attempt = 0; attempt < 50; attempt++) {
            try (ServerSocket first = new ServerSocket(0)) {
                int port = first.getLocalPort();
                try (ServerSocket second = new ServerSocket(port + 1)) {
                    return port;
                } catch (IOException taken) {
                    // try another pair
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        throw new IllegalStateException("no two consecutive free ports");
    }

    @Override
    public void close() {
        b.shutdown();
        a.shutdown();
    }
}
