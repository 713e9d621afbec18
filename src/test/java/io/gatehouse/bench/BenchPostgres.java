package io.gatehouse.bench;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * The local PostgreSQL the cluster step runs on (127.0.0.1:5432, user {@code postgres}, no password, database
 * {@code test} or else {@code postgres}), with a fresh schema per server setup, dropped on {@link #close}.
 */
final class BenchPostgres implements AutoCloseable {

    static final String WHERE = "127.0.0.1:5432 (user postgres, no password, database test or postgres)";
    private static final List<String> DATABASES = List.of("test", "postgres");
    private static final String USER = "postgres";
    private static final int TIMEOUT_SECONDS = 3;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final String url;
    private final List<String> schemas = new ArrayList<>();

    private BenchPostgres(String url) {
        this.url = url;
    }

    /** The first of the databases that lets user postgres in, or empty when no PostgreSQL answers. */
    static Optional<BenchPostgres> find() {
        for (String database : DATABASES) {
            BenchPostgres candidate = new BenchPostgres("jdbc:postgresql://127.0.0.1:5432/" + database);
            try (Connection connection = candidate.connect()) {
                if (connection.isValid(TIMEOUT_SECONDS)) {
                    return Optional.of(candidate);
                }
            } catch (SQLException e) {
                Report.log("PostgreSQL database " + database + ": " + e.getMessage());
            }
        }
        return Optional.empty();
    }

    String url() {
        return url;
    }

    /** Creates a schema {@code gh_bench_<label>_<random>} and returns the Gatehouse configuration pointing at it. */
    Map<String, String> freshSchema(String label) throws SQLException {
        String schema = "gh_bench_" + label + "_" + Long.toString(RANDOM.nextLong() & Long.MAX_VALUE, 36);
        execute("CREATE SCHEMA " + schema);
        schemas.add(schema);
        Map<String, String> config = new LinkedHashMap<>();
        config.put("db.url", url + "?currentSchema=" + schema);
        config.put("db.user", USER);
        config.put("db.password", "");
        return config;
    }

    /** Drops every schema this run created; call it once the servers using them are stopped. */
    @Override
    public void close() {
        for (String schema : schemas) {
            try {
                execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
            } catch (SQLException e) {
                Report.log("could not drop schema " + schema + " (drop it by hand): " + e.getMessage());
            }
        }
        schemas.clear();
    }

    private void execute(String sql) throws SQLException {
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            statement.setQueryTimeout(30);
            statement.execute(sql);
        }
    }

    private Connection connect() throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", USER);
        properties.setProperty("password", "");
        properties.setProperty("loginTimeout", String.valueOf(TIMEOUT_SECONDS));
        properties.setProperty("connectTimeout", String.valueOf(TIMEOUT_SECONDS));
        return DriverManager.getConnection(url, properties);
    }
}
