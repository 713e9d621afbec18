package io.gatehouse.testing;

import com.hazelcast.client.HazelcastClient;
import com.hazelcast.client.config.ClientConfig;
import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.map.IMap;
import java.util.concurrent.TimeUnit;

/**
 * A process that reached a cluster's data grid port without the cluster secret (here: a Hazelcast client in the
 * test JVM, which any host that reaches the port can be): it writes what it likes into Gatehouse's maps and locks
 * their keys, as an attacker or a misbehaving network would.
 */
public final class GridIntruder implements AutoCloseable {

    public static final String SESSIONS = "gatehouse-sessions";

    private final HazelcastInstance client;

    private GridIntruder(HazelcastInstance client) {
        this.client = client;
    }

    /** Connects to the cluster of that name through the member at 127.0.0.1:{@code port}. */
    public static GridIntruder join(String clusterName, int port) {
        ClientConfig config = new ClientConfig().setClusterName(clusterName);
        config.setProperty("hazelcast.phone.home.enabled", "false");
        config.setProperty("hazelcast.logging.type", "jdk");
        config.getNetworkConfig().addAddress("127.0.0.1:" + port).setSmartRouting(true);
        config.getConnectionStrategyConfig().getConnectionRetryConfig().setClusterConnectTimeoutMillis(20_000);
        return new GridIntruder(HazelcastClient.newHazelcastClient(config));
    }

    public IMap<String, Object> sessions() {
        return client.getMap(SESSIONS);
    }

    /** Writes a value of its own under a token hash, the way a member would write a session. */
    public void write(String tokenHashHex, String value) {
        sessions().set(tokenHashHex, value, 10, TimeUnit.MINUTES);
    }

    /** Holds the key's lock for {@code seconds}: a member's writes to that key wait meanwhile. */
    public void lock(String tokenHashHex, long seconds) {
        sessions().lock(tokenHashHex, seconds, TimeUnit.SECONDS);
    }

    public void unlock(String tokenHashHex) {
        sessions().forceUnlock(tokenHashHex);
    }

    @Override
    public void close() {
        client.shutdown();
    }
}
