package io.gatehouse.persistence.entity;

import java.util.Optional;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The JDBC connection settings ({@code db.url}, {@code db.user}, {@code db.password}). Read through the
 * config of the application's class loader because the server may build the pool on its own thread.
 */
public record DatabaseSettings(String url, String user, String password) {

    /**
     * The settings of the embedded default, also used for the H2 files of the tests and the benchmark:
     * every commit reaches the file at once ({@code WRITE_DELAY=0}, so a killed process loses no logout), and
     * a chunk that no longer holds live data is kept one second before H2 may reuse its space
     * ({@code RETENTION_TIME=1000}), then {@link EmbeddedDatabaseCompaction} reclaims it; this keeps the file small
     * under heavy write load. {@code RETENTION_TIME=0} (reuse at once) let H2 throw {@code Chunk … not found}
     * under concurrent writes (seen once by the benchmark; H2's tracker reports files damaged at 0); H2's default of
     * 45 s let the file grow to 8 GB within 380,000 mints, faster than the compaction could reclaim.
     */
    public static final String H2_FILE_SETTINGS = ";LOCK_TIMEOUT=10000;WRITE_DELAY=0;RETENTION_TIME=1000";

    public static final String DEFAULT_URL = "jdbc:h2:file:./data/gatehouse" + H2_FILE_SETTINGS;

    /** Whether the URL names an H2 database inside this process (not one reached over TCP or SSL). */
    public static boolean embeddedH2(String url) {
        return url.startsWith("jdbc:h2:") && !url.startsWith("jdbc:h2:tcp:") && !url.startsWith("jdbc:h2:ssl:");
    }

    public static DatabaseSettings fromConfig() {
        Config config = ConfigProvider.getConfig(DatabaseSettings.class.getClassLoader());
        String url = value(config, "db.url").orElse(DEFAULT_URL);
        String user = value(config, "db.user").orElse(url.startsWith("jdbc:h2:") ? "sa" : null);
        String password = value(config, "db.password").orElse("");
        return new DatabaseSettings(url, user, password);
    }

    public boolean isH2() {
        return url.startsWith("jdbc:h2:");
    }

    public boolean isPostgresql() {
        return url.startsWith("jdbc:postgresql:");
    }

    private static Optional<String> value(Config config, String key) {
        return config.getOptionalValue(key, String.class).map(String::trim).filter(v -> !v.isEmpty());
    }

    @Override
    public String toString() {
        return "DatabaseSettings[url=" + url + ", user=" + user + "]";
    }
}
