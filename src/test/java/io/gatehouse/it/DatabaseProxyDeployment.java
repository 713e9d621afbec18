package io.gatehouse.it;

import io.gatehouse.testing.GatehouseDeployment;
import io.gatehouse.testing.TcpProxy;
import io.gatehouse.testing.TestDatabase;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * One deployment for the test classes that cut the database off: it reaches its database through a
 * {@link TcpProxy} the tests cut and restore, and Clerk's keys are unreachable when each class starts (refetched
 * every second). Each class leaves the database reachable for the next.
 */
abstract class DatabaseProxyDeployment extends GatehouseIT {

    private static TcpProxy proxy;
    private static Map<String, String> config;

    @Deployment(testable = false)
    static WebArchive deployment() {
        clerk().jwksAvailable(false);
        return GatehouseDeployment.shared("database-proxy", config());
    }

    /** The proxy between the deployment and its database, started with the first class. */
    static synchronized TcpProxy database() {
        if (proxy == null) {
            proxy = TcpProxy.start("127.0.0.1", TestDatabase.databasePort());
        }
        return proxy;
    }

    private static synchronized Map<String, String> config() {
        if (config == null) {
            Map<String, String> settings = GatehouseDeployment.defaultConfig("proxied");
            settings.putAll(TestDatabase.configThroughPort("proxied", database().port()));
            settings.put("clerk.jwks-refetch-interval-seconds", "1");
            config = Map.copyOf(settings);
        }
        return config;
    }
}
