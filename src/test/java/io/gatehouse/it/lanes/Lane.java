package io.gatehouse.it.lanes;

import java.nio.file.Path;

/**
 * What a lane sets before its first test class: the database every deployment of the lane uses
 * ({@code gatehouse.it.database}) and, for WildFly, ports of its own, so the two lanes of one server can run at the
 * same time (Failsafe starts each lane in a JVM of its own, two at once), and a base directory of its own (a copy
 * of the prepared {@code standalone} directory, under {@code target/it-servers/arquillian-<database>}, where its
 * {@code log/server.log} stays after the run). Payara Micro takes random ports and directories anyway.
 */
final class Lane {

    /** WildFly's ports move by this much in the first lane (HTTP 18080, management 19990), by 100 more in the next. */
    private static final int WILDFLY_PORT_OFFSET = 10_000;

    private Lane() {
    }

    static void enter(String database, int index) {
        int offset = WILDFLY_PORT_OFFSET + 100 * index;
        System.setProperty("gatehouse.it.database", database);
        System.setProperty("gatehouse.it.wildfly.port-offset", String.valueOf(offset));
        System.setProperty("gatehouse.it.wildfly.management-port", String.valueOf(9990 + offset));
        System.setProperty("gatehouse.it.wildfly.base-dir", Path.of(System.getProperty("basedir", ""), "target", "it-servers",
                "arquillian-" + database).toAbsolutePath().toString());
    }
}
