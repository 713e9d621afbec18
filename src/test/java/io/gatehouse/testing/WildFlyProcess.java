package io.gatehouse.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * WildFly as operators start it: the WAR in {@code standalone/deployments}, then
 * {@code bin/standalone.sh -c standalone-microprofile.xml}. The WildFly is the one the build unpacked and
 * prepared with {@code server-config/wildfly/configure.cli} ({@code -Dwildfly.home}); each instance gets a
 * copy of its {@code standalone} directory as server base directory, so instances never share state.
 */
final class WildFlyProcess extends ServerProcess {

    WildFlyProcess(Process process, int port) {
        super(process, port);
    }

    static ProcessBuilder command(int port, String name) {
        Path home = Path.of(System.getProperty("wildfly.home", "target/wildfly")).toAbsolutePath();
        Path base = home.getParent().resolve("it-servers").resolve(name);
        prepare(home.resolve("standalone"), base);
        return new ProcessBuilder(List.of(
                "bash", home.resolve("bin").resolve("standalone.sh").toString(),
                "-c", System.getProperty("wildfly.config", "standalone-microprofile.xml"),
                "-Djboss.server.base.dir=" + base,
                "-Djboss.http.port=" + port,
                "-Djboss.https.port=" + freePort(),
                "-Djboss.management.http.port=" + freePort(),
                "-Djboss.management.https.port=" + freePort()));
    }

    /**
     * The base directory: on first use the prepared configuration, and each time the current WAR in
     * deployments. A restarted instance keeps its base directory, as a restarted server keeps its disk.
     */
    private static void prepare(Path standalone, Path base) {
        try {
            Path configuration = base.resolve("configuration");
            if (!Files.isDirectory(configuration)) {
                copyFiles(standalone.resolve("configuration"), Files.createDirectories(configuration));
            }
            Path deployments = Files.createDirectories(base.resolve("deployments"));
            Files.copy(war(), deployments.resolve("gatehouse.war"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare " + base, e);
        }
    }

    private static void copyFiles(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.list(from)) {
            for (Path file : files.filter(Files::isRegularFile).sorted(Comparator.naturalOrder()).toList()) {
                Files.copy(file, to.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }
}
