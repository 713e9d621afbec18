package io.gatehouse.persistence.control;

import io.gatehouse.persistence.entity.DatabaseSettings;
import io.gatehouse.kernel.StartupEvent;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.sql.Connection;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Keeps an embedded H2 file from growing without bound: once a second it lets {@link H2StoreCompactor}
 * rewrite the chunks that hold mostly dead pages, the housekeeping H2 skips when every commit is
 * written at once. It connects without the pool, to the same embedded database the pool uses. Does
 * nothing on any other database.
 */
@ApplicationScoped
public class EmbeddedDatabaseCompaction {

    private static final Logger LOG = Logger.getLogger(EmbeddedDatabaseCompaction.class.getName());

    private final DataSource unpooled = new ConfiguredDataSource();

    @Resource
    ManagedScheduledExecutorService scheduler;

    private ScheduledFuture<?> task;

    void onStart(@Observes StartupEvent event) {
        DatabaseSettings settings = DatabaseSettings.fromConfig();
        if (settings.isH2() && !settings.url().startsWith("jdbc:h2:mem:")) {
            task = scheduler.scheduleWithFixedDelay(this::compactOnce, 1, 1, TimeUnit.SECONDS);
        }
    }

    void compactOnce() {
        try (Connection connection = unpooled.getConnection()) {
            if (!H2StoreCompactor.compact(connection)) {
                stop();
            }
        } catch (Exception | LinkageError e) {
            LOG.log(Level.WARNING, "H2 file compaction failed; it stays off until the next start", e);
            stop();
        }
    }

    @PreDestroy
    void stop() {
        if (task != null) {
            task.cancel(false);
        }
    }
}
