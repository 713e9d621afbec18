package io.gatehouse.testing;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.shrinkwrap.api.Archive;

/**
 * Which test archives may be shared: a deployment built by {@link GatehouseDeployment#shared} carries a
 * name, and every test class whose archive has the same name runs against one deployment
 * ({@link KeepSharedDeployments}). Archives without a name deploy and undeploy with their class, as
 * Arquillian does by default.
 */
public final class SharedDeployments {

    private static final Map<String, String> NAMES = new ConcurrentHashMap<>();

    private SharedDeployments() {
    }

    static void name(Archive<?> archive, String name) {
        NAMES.put(archive.getId(), name);
    }

    /** The shared deployment's name of this archive, if it was built to be shared. */
    static Optional<String> nameOf(Archive<?> archive) {
        return archive == null ? Optional.empty() : Optional.ofNullable(NAMES.get(archive.getId()));
    }
}
