package io.gatehouse.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What a deployment's database holds, read from the test JVM: every text value of every table over JDBC, and, for an
 * H2 file database, the raw bytes of the file. For a deployment whose H2 database is a file opened with
 * {@code AUTO_SERVER=TRUE} (so this JVM can connect while the server holds it), or a PostgreSQL schema.
 */
public final class DatabaseContents {

    private static final Set<Integer> TEXT_TYPES = Set.of(Types.VARCHAR, Types.CHAR, Types.LONGVARCHAR, Types.NVARCHAR,
            Types.NCHAR, Types.LONGNVARCHAR, Types.CLOB);

    private DatabaseContents() {
    }

    /** A connection to the deployment's database, given the config it was deployed with. */
    public static Connection connect(Map<String, String> config) throws SQLException {
        String url = config.get("db.url");
        if (url.startsWith("jdbc:h2:")) {
            url = url.substring(0, url.indexOf(';')) + ";AUTO_SERVER=TRUE;IFEXISTS=TRUE";
        }
        return DriverManager.getConnection(url, config.getOrDefault("db.user", "sa"), config.getOrDefault("db.password", ""));
    }

    /**
     * Every {@code table.column} of the deployment's schema with a text value containing {@code text} (names as the
     * database's metadata spells them, quoted when read, since Flyway's history table is lower case on H2).
     */
    public static List<String> columnsHolding(Map<String, String> config, String text) throws SQLException {
        List<String> holding = new ArrayList<>();
        try (Connection connection = connect(config)) {
            for (String column : textColumns(connection)) {
                String[] parts = column.split("\\.");
                try (Statement statement = connection.createStatement();
                        ResultSet rows = statement.executeQuery("SELECT \"" + parts[1] + "\" FROM \"" + parts[0] + "\"")) {
                    while (rows.next()) {
                        String value = rows.getString(1);
                        if (value != null && value.contains(text)) {
                            holding.add(column);
                            break;
                        }
                    }
                }
            }
        }
        return holding;
    }

    /** How many rows of {@code table} match {@code where} (SQL, no parameters). */
    public static int count(Map<String, String> config, String table, String where) throws SQLException {
        try (Connection connection = connect(config); Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery("SELECT COUNT(*) FROM " + table + " WHERE " + where)) {
            result.next();
            return result.getInt(1);
        }
    }

    /** Runs one SQL statement with positional parameters ({@code setObject}); returns the update count. */
    public static int update(Map<String, String> config, String sql, Object... parameters) throws SQLException {
        try (Connection connection = connect(config); PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            return statement.executeUpdate();
        }
    }

    /** The first column of every row a query with positional parameters returns, as text. */
    public static List<String> column(Map<String, String> config, String sql, Object... parameters) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Connection connection = connect(config); PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    values.add(rows.getString(1));
                }
            }
        }
        return values;
    }

    /**
     * Whether the bytes of the deployment's H2 database file contain {@code text} in UTF-8 (H2 writes ASCII characters
     * as single bytes); empty when the database is not an H2 file.
     */
    public static Optional<Boolean> fileHolds(Map<String, String> config, String text) {
        String url = config.get("db.url");
        if (!url.startsWith("jdbc:h2:file:")) {
            return Optional.empty();
        }
        Path file = Path.of(url.substring("jdbc:h2:file:".length(), url.indexOf(';')) + ".mv.db");
        try {
            return Optional.of(contains(Files.readAllBytes(file), text.getBytes(StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    private static List<String> textColumns(Connection connection) throws SQLException {
        List<String> columns = new ArrayList<>();
        DatabaseMetaData metadata = connection.getMetaData();
        try (ResultSet result = metadata.getColumns(null, connection.getSchema(), "%", "%")) {
            while (result.next()) {
                if (TEXT_TYPES.contains(result.getInt("DATA_TYPE"))) {
                    columns.add(result.getString("TABLE_NAME") + "." + result.getString("COLUMN_NAME"));
                }
            }
        }
        if (columns.isEmpty()) {
            throw new IllegalStateException("no text column found in schema " + connection.getSchema());
        }
        return columns;
    }

    private static boolean contains(byte[] haystack, byte[] needle) {
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            if (Arrays.equals(haystack, i, i + needle.length, needle, 0, needle.length)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Revokes a session the way a revocation whose every notice was lost would look: its row marked revoked and the
     * revocation journalled, written straight to the database, no server told.
     */
    public static void revokeOnlyInTheDatabase(Map<String, String> config, String tokenHashHex) throws SQLException {
        try (Connection db = connect(config)) {
            try (java.sql.PreparedStatement revoke = db.prepareStatement(
                    "UPDATE sessions SET revoked_at = CURRENT_TIMESTAMP WHERE token_hash = ?")) {
                revoke.setString(1, tokenHashHex);
                if (revoke.executeUpdate() != 1) {
                    throw new IllegalStateException("no session row with that token hash");
                }
            }
            try (java.sql.PreparedStatement journal = db.prepareStatement(
                    "INSERT INTO revoked_tokens (id, token_hash, revoked_at) VALUES (?, ?, CURRENT_TIMESTAMP)")) {
                journal.setString(1, java.util.UUID.randomUUID().toString());
                journal.setString(2, tokenHashHex);
                journal.executeUpdate();
            }
        }
    }
}
