package io.gatehouse.kernel;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;

/**
 * Schema version 10.1, right after {@code V10__device_secrets.sql} renamed {@code principals.device_id} to
 * {@code device_hash}: replaces every device id still in clear text there by its {@link DeviceIdHash}.
 *
 * <p>In Java because the hash must be exactly the one the application computes, and H2 and PostgreSQL share no SQL
 * for a SHA-256 in hex of a text. {@code SchemaMigrator} hands it to Flyway (it is not found by scanning), so it
 * runs the same under every server's class loader. Rows are read in pages by primary key and updated in batches,
 * so memory stays flat on a large table; it runs in Flyway's transaction.
 */
public final class DeviceIdHashing implements JavaMigration {

    static final int PAGE = 1_000;
    private static final String FIRST_PAGE = "SELECT id, device_hash FROM principals WHERE device_hash IS NOT NULL"
            + " ORDER BY id FETCH FIRST " + PAGE + " ROWS ONLY";
    private static final String NEXT_PAGE = "SELECT id, device_hash FROM principals WHERE device_hash IS NOT NULL"
            + " AND id > ? ORDER BY id FETCH FIRST " + PAGE + " ROWS ONLY";
    private static final String UPDATE = "UPDATE principals SET device_hash = ? WHERE id = ?";

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("10.1");
    }

    @Override
    public String getDescription() {
        return "hash device ids";
    }

    @Override
    public Integer getChecksum() {
        return null;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws SQLException {
        hashAll(context.getConnection());
    }

    /** Hashes every device id of {@code principals} in the caller's transaction; returns how many. */
    static int hashAll(Connection connection) throws SQLException {
        int hashed = 0;
        UUID after = null;
        while (true) {
            Map<UUID, String> page = page(connection, after);
            if (page.isEmpty()) {
                return hashed;
            }
            try (PreparedStatement update = connection.prepareStatement(UPDATE)) {
                for (Map.Entry<UUID, String> row : page.entrySet()) {
                    update.setString(1, DeviceIdHash.of(row.getValue()));
                    update.setObject(2, row.getKey());
                    update.addBatch();
                    after = row.getKey();
                }
                update.executeBatch();
            }
            hashed += page.size();
            if (page.size() < PAGE) {
                return hashed;
            }
        }
    }

    /** The page of (id, clear device id) after {@code after} ({@code null}: the first page), in id order. */
    private static Map<UUID, String> page(Connection connection, UUID after) throws SQLException {
        Map<UUID, String> page = new LinkedHashMap<>();
        try (PreparedStatement query = connection.prepareStatement(after == null ? FIRST_PAGE : NEXT_PAGE)) {
            if (after != null) {
                query.setObject(1, after);
            }
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    page.put(rows.getObject(1, UUID.class), rows.getString(2));
                }
            }
        }
        return page;
    }
}
