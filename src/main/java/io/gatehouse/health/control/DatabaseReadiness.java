package io.gatehouse.health.control;

import io.gatehouse.persistence.control.ConfiguredDataSource;
import io.gatehouse.persistence.control.DatabaseDeclaration;
import io.gatehouse.kernel.StartupEvent;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.sql.SQLException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Readiness {@code database}: DOWN while the database does not answer. The probe runs on a managed thread and
 * is given {@value #DEADLINE_SECONDS} s, so a database that hangs (a pool waiting for a free connection, a
 * connect to a silent host) answers DOWN in time instead of hanging the health endpoint; while a probe still
 * runs, the next check reports DOWN at once rather than stacking a second one on it.
 */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

    static final int DEADLINE_SECONDS = 3;

    @Resource(lookup = DatabaseDeclaration.JNDI_NAME)
    DataSource dataSource;

    @Resource
    ManagedExecutorService executor;

    private final AtomicReference<Future<DatabaseProbe.Result>> running = new AtomicReference<>();
    private DatabaseProbe probe;

    @PostConstruct
    void init() {
        probe = new DatabaseProbe(dataSource, freshConnections());
    }

    private static DataSource freshConnections() {
        try {
            return new ConfiguredDataSource().prepared();
        } catch (SQLException e) {
            throw new IllegalStateException("the database settings cannot be read", e);
        }
    }

    /**
     * Creates the check while the application starts: WildFly calls health checks on a management thread
     * where {@code java:app} names do not resolve, so the resources must be injected before.
     */
    void onStart(@Observes StartupEvent event) {
        // the observer's only job is to make the container create this bean now
    }

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("database");
        Future<DatabaseProbe.Result> previous = running.get();
        if (previous != null && !previous.isDone()) {
            return response.down().withData("database", "a previous probe has not answered yet").build();
        }
        Future<DatabaseProbe.Result> current = executor.submit(probe::probe);
        running.set(current);
        DatabaseProbe.Result result;
        try {
            result = current.get(DEADLINE_SECONDS, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            return response.down().withData("database", "no answer within " + DEADLINE_SECONDS + " s").build();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            return response.down().withData("database", "probe failed").withData("error", cause.getClass().getSimpleName()).build();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return response.down().withData("database", "interrupted").build();
        }
        response.status(result.reachable()).withData("database", result.detail());
        if (result.error() != null) {
            response.withData("error", result.error());
        }
        return response.build();
    }
}
