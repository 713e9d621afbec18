package io.gatehouse;

import io.gatehouse.kernel.StartupEvent;
import io.gatehouse.security.control.AuthSettings;
import io.gatehouse.persistence.control.SchemaMigrator;
import io.gatehouse.plans.control.PlanSettings;
import io.gatehouse.secrets.control.SecretsSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * Runs the start-up sequence: refuse a broken authentication, secrets or plans configuration, migrate
 * the schema, then let features warm up. A CDI observer rather than a {@code @Startup @Singleton},
 * because the latter needs the EJB subsystem that not every server profile has.
 */
@ApplicationScoped
public class ApplicationStartup {

    @Inject
    AuthSettings authSettings;

    @Inject
    SecretsSettings secretsSettings;

    @Inject
    PlanSettings planSettings;

    @Inject
    SchemaMigrator migrator;

    @Inject
    Event<StartupEvent> started;

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
        authSettings.check();
        secretsSettings.check();
        planSettings.check();
        migrator.migrate();
        started.fire(new StartupEvent());
    }
}
