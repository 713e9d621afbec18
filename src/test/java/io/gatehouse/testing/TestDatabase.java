package io.gatehouse.testing;

import io.gatehouse.persistence.entity.DatabaseSettings;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * The database an integration run uses, chosen by the system property {@code gatehouse.it.database}
 * ({@code h2}, the default, or {@code postgresql}; failsafe runs the suite once with each).
 *
 * <p>Every deployment gets a database of its own (a uniquely named in-memory H2 database, or a fresh
 * PostgreSQL schema) so tests never see each other's rows and the schema migrations run from scratch each
 * time. The PostgreSQL schemas are dropped again when the test JVM exits.
 */
public final class TestDatabase {

    /** System property selecting the database. */
    public static final String PROPERTY = "gatehouse.it.database";

    static final String POSTGRESQL_HOST = "127.0.0.1";
    static final int POSTGRESQL_PORT = 5432;
    private static final String POSTGRESQL_URL = "jdbc:postgresql://" + POSTGRESQL_HOST + ":" + POSTGRESQL_PORT + "/test";
    private static final String POSTGRESQL_USER = "postgres";
    private static final int LOGIN_TIMEOUT_SECONDS = 3;

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final char[] LOWER_ALPHANUMERIC = "abcdefghijklmnopqrstuvwxyz0123456789".toCharArray();
    private static final List<String> createdSchemas = new ArrayList<>();
    private static boolean dropHookRegistered;
    private static org.h2.tools.Server h2Server;

    private TestDatabase() {
    }

    /** The selected database: {@code h2} or {@code postgresql}. */
    public static String selected() {
        String value = System.getProperty(PROPERTY, "h2").trim().toLowerCase(Locale.ROOT);
        if (!value.equals("h2") && !value.equals("postgresql")) {
            throw new IllegalStateException(PROPERTY + " must be h2 or postgresql, not " + value);
        }
        return value;
    }

    public static boolean postgresqlSelected() {
        return selected().equals("postgresql");
    }

    /** Whether a PostgreSQL server at 127.0.0.1:5432 lets user postgres into database {@code test}. */
    public static boolean postgresqlReachable() {
        try (Connection connection = connect()) {
            return connection.isValid(LOGIN_TIMEOUT_SECONDS);
        } catch (SQLException e) {
            return false;
        }
    }

    /**
     * MicroProfile Config entries pointing a deployment at a database of its own.
     *
     * @param name a readable prefix (e.g. the test class name) that shows up in the database or schema name
     */
    public static Map<String, String> configFor(String name) {
        Map<String, String> config = new LinkedHashMap<>();
        if (postgresqlSelected()) {
            String schema = createSchema();
            config.put("db.url", POSTGRESQL_URL + "?currentSchema=" + schema);
            config.put("db.user", POSTGRESQL_USER);
            config.put("db.password", "");
        } else {
            config.put("db.url", "jdbc:h2:mem:" + safe(name) + "_" + random(8) + ";DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000");
        }
        return config;
    }

    /**
     * Like {@link #configFor} but with an H2 database on disk (under {@code target/it-data}), which
     * survives a server restart; on a PostgreSQL run the schema survives anyway, so the same as configFor.
     */
    public static Map<String, String> fileH2ConfigFor(String name) {
        if (postgresqlSelected()) {
            return configFor(name);
        }
        Path directory = Path.of(System.getProperty("basedir", ""), "target", "it-data").toAbsolutePath();
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + directory, e);
        }
        Map<String, String> config = new LinkedHashMap<>();
        config.put("db.url", "jdbc:h2:file:" + directory.resolve(safe(name) + "_" + random(8)) + DatabaseSettings.H2_FILE_SETTINGS);
        return config;
    }

    /**
     * Makes a deployment's database readable by the test while the server holds it: on an H2 run, {@code db.url}
     * becomes an H2 file ({@link #fileH2ConfigFor}) opened with {@code AUTO_SERVER}, so this JVM can connect too
     * ({@link DatabaseContents}); a PostgreSQL schema is readable as it is, and stays.
     */
    public static void readableByTheTest(Map<String, String> config, String name) {
        if (!postgresqlSelected()) {
            config.put("db.url", fileH2ConfigFor(name).get("db.url") + ";AUTO_SERVER=TRUE");
        }
    }

    /**
     * Like {@link #configFor} but reached through a TCP port of the caller's choosing (a {@link TcpProxy} in front
     * of the database): PostgreSQL's URL with the port replaced, or, on an H2 run, an in-memory database of an H2
     * TCP server started in this JVM ({@link #h2TcpPort()}), since an in-memory database inside the server under
     * test could not be cut off.
     */
    public static Map<String, String> configThroughPort(String name, int port) {
        Map<String, String> config = configFor(name);
        if (postgresqlSelected()) {
            config.put("db.url", config.get("db.url").replace(POSTGRESQL_HOST + ":" + POSTGRESQL_PORT, POSTGRESQL_HOST + ":" + port));
        } else {
            config.put("db.url", "jdbc:h2:tcp://127.0.0.1:" + port + "/mem:" + safe(name) + "_" + random(8)
                    + ";DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000");
        }
        return config;
    }

    /** The port of the database {@link #configThroughPort} should be put in front of. */
    public static int databasePort() {
        return postgresqlSelected() ? POSTGRESQL_PORT : h2TcpPort();
    }

    /** An H2 TCP server in this JVM (started on first use, stopped at exit) that creates databases on demand. */
    private static synchronized int h2TcpPort() {
        if (h2Server == null) {
            try {
                h2Server = org.h2.tools.Server.createTcpServer("-tcpPort", "0", "-ifNotExists").start();
            } catch (SQLException e) {
                throw new IllegalStateException("cannot start an H2 TCP server", e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(h2Server::stop, "gatehouse-it-h2-tcp-stop"));
        }
        return h2Server.getPort();
    }

    private static String createSchema() {
        String schema = "gh_it_" + random(12);
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            statement.execute("CREATE SCHEMA " + schema);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create schema " + schema + " on " + POSTGRESQL_URL, e);
        }
        rememberForDrop(schema);
        return schema;
    }

    private static synchronized void rememberForDrop(String schema) {
        createdSchemas.add(schema);
        if (!dropHookRegistered) {
            Runtime.getRuntime().addShutdownHook(new Thread(TestDatabase::dropSchemas, "gatehouse-it-drop-schemas"));
            dropHookRegistered = true;
        }
    }

    /** Best effort: a leftover schema is harmless, a hanging JVM exit is not, hence the timeout. */
    private static void dropSchemas() {
        List<String> schemas;
        synchronized (TestDatabase.class) {
            schemas = new ArrayList<>(createdSchemas);
        }
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            statement.setQueryTimeout(10);
            statement.execute("SET lock_timeout = '3s'");
            for (String schema : schemas) {
                try {
                    statement.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
                } catch (SQLException ignored) {
                    // still in use or already gone: leave it
                }
            }
        } catch (SQLException ignored) {
            // server gone: nothing to clean up
        }
    }

    private static Connection connect() throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", POSTGRESQL_USER);
        properties.setProperty("password", "");
        properties.setProperty("loginTimeout", String.valueOf(LOGIN_TIMEOUT_SECONDS));
        properties.setProperty("connectTimeout", String.valueOf(LOGIN_TIMEOUT_SECONDS));
        return DriverManager.getConnection(POSTGRESQL_URL, properties);
    }

    /** Database names only take letters, digits and underscores here. */
    private static String safe(String name) {
        String cleaned = name == null ? "" : name.replaceAll("[^A-Za-z0-9_]", "_");
        return cleaned.isEmpty() ? "gatehouse" : cleaned;
    }

    private static String random(int length) {
        char[] chars = new char[length];
        for (int i = 0; i < length; i++) {
            chars[i] = LOWER_ALPHANUMERIC[RANDOM.nextInt(LOWER_ALPHANUMERIC.length)];
        }
        return new String(chars);
    }
}
