package io.gatehouse.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.junit.jupiter.api.Test;

/**
 * The device-id migration on real databases, through Flyway exactly as {@code SchemaMigrator} configures it: a schema
 * at version 8 with clear-text device ids (and anonymous sessions whose subject is the device id) is migrated to the
 * latest version; afterwards only hashes are left, one principal per device still. On H2 in memory always, and on
 * the PostgreSQL at 127.0.0.1:5432 (database {@code test}, user {@code postgres}) when one answers.
 */
class DeviceIdHashingTest {

    private static final String POSTGRESQL = "jdbc:postgresql://127.0.0.1:5432/test";

    @Test
    void hashesEveryClearDeviceIdOnH2() throws SQLException {
        String url = "jdbc:h2:mem:device_ids_" + UUID.randomUUID().toString().replace("-", "") + ";DB_CLOSE_DELAY=-1";
        try (Connection keepAlive = DriverManager.getConnection(url, "sa", "")) {
            convertsClearRows(url, "sa", "");
        }
    }

    @Test
    void hashesEveryClearDeviceIdOnPostgresql() throws SQLException {
        Properties login = new Properties();
        login.setProperty("user", "postgres");
        login.setProperty("password", "");
        login.setProperty("connectTimeout", "3");
        Connection admin;
        try {
            admin = DriverManager.getConnection(POSTGRESQL, login);
        } catch (SQLException unreachable) {
            assumeTrue(false, "no PostgreSQL at " + POSTGRESQL);
            return;
        }
        String schema = "gh_ut_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (admin; Statement statement = admin.createStatement()) {
            statement.execute("CREATE SCHEMA " + schema);
            try {
                convertsClearRows(POSTGRESQL + "?currentSchema=" + schema, "postgres", "");
            } finally {
                statement.execute("DROP SCHEMA " + schema + " CASCADE");
            }
        }
    }

    private static FluentConfiguration flyway(String url, String user, String password) {
        return Flyway.configure(DeviceIdHashingTest.class.getClassLoader())
                .dataSource(url, user, password)
                .locations("classpath:db/migration")
                .javaMigrations(new DeviceIdHashing());
    }

    private static void convertsClearRows(String url, String user, String password) throws SQLException {
        flyway(url, user, password).target("8").load().migrate();
        Map<String, UUID> devices = new HashMap<>();
        List<String> ids = new ArrayList<>(List.of("ipad-7F3A", "Gerät-ü-✓", "d".repeat(128)));
        for (int i = 0; i < DeviceIdHashing.PAGE + 5; i++) {
            ids.add("device-" + UUID.randomUUID());
        }
        UUID user1;
        try (Connection connection = DriverManager.getConnection(url, user, password)) {
            for (String id : ids) {
                devices.put(id, insertPrincipal(connection, "anonymous", id));
            }
            user1 = insertPrincipal(connection, "clerk", null);
            insertSession(connection, devices.get("ipad-7F3A"), "anonymous", "ipad-7F3A");
            insertSession(connection, user1, "clerk", "user_2abc");
        }

        flyway(url, user, password).load().migrate();

        try (Connection connection = DriverManager.getConnection(url, user, password)) {
            Map<UUID, String> stored = new HashMap<>();
            try (Statement statement = connection.createStatement();
                    ResultSet rows = statement.executeQuery("SELECT id, device_hash FROM principals")) {
                while (rows.next()) {
                    stored.put(rows.getObject(1, UUID.class), rows.getString(2));
                }
            }
            assertEquals(ids.size() + 1, stored.size());
            for (String id : ids) {
                assertEquals(DeviceIdHash.of(id), stored.get(devices.get(id)), id);
            }
            assertNull(stored.get(user1), "a user has no device");
            assertFalse(stored.containsValue("ipad-7F3A"));

            Map<String, String> subjects = new HashMap<>();
            try (Statement statement = connection.createStatement();
                    ResultSet rows = statement.executeQuery("SELECT kind, subject FROM sessions")) {
                while (rows.next()) {
                    subjects.put(rows.getString(1), rows.getString(2));
                }
            }
            assertEquals(Map.of("anonymous", "anon:" + devices.get("ipad-7F3A"), "clerk", "user_2abc"), subjects);

            UUID again = insertPrincipalOrNull(connection, DeviceIdHash.of("ipad-7F3A"));
            assertNull(again, "the hash column is still unique: one principal per device");
        }
    }

    private static UUID insertPrincipal(Connection connection, String kind, String device) throws SQLException {
        UUID id = UUID.randomUUID();
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO principals (id, kind, device_id, created_at) VALUES (?, ?, ?, ?)")) {
            insert.setObject(1, id);
            insert.setString(2, kind);
            insert.setString(3, device);
            insert.setObject(4, OffsetDateTime.now());
            insert.executeUpdate();
        }
        return id;
    }

    private static UUID insertPrincipalOrNull(Connection connection, String hash) {
        UUID id = UUID.randomUUID();
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO principals (id, kind, device_hash, created_at) VALUES (?, 'anonymous', ?, ?)")) {
            insert.setObject(1, id);
            insert.setString(2, hash);
            insert.setObject(3, OffsetDateTime.now());
            insert.executeUpdate();
            return id;
        } catch (SQLException duplicate) {
            return null;
        }
    }

    private static void insertSession(Connection connection, UUID principal, String kind, String subject) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO sessions"
                + " (id, token_hash, principal_id, kind, subject, created_at, expires_at) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            insert.setObject(1, UUID.randomUUID());
            insert.setString(2, DeviceIdHash.of(UUID.randomUUID().toString()));
            insert.setObject(3, principal);
            insert.setString(4, kind);
            insert.setString(5, subject);
            insert.setObject(6, OffsetDateTime.now());
            insert.setObject(7, OffsetDateTime.now().plusMinutes(30));
            insert.executeUpdate();
        }
    }
}
