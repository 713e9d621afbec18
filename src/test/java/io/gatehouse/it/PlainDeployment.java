package io.gatehouse.it;

import io.gatehouse.testing.GatehouseDeployment;
import io.gatehouse.testing.SvixWebhook;
import io.gatehouse.testing.TestDatabase;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * One deployment for the test classes that need Gatehouse's defaults (secrets off, rebind proof required,
 * the plans below): they run one after the other against it, each with fresh users and devices. On H2
 * the database is a file opened with {@code AUTO_SERVER}, so a test can read what was stored.
 */
abstract class PlainDeployment extends GatehouseIT {

    static final SvixWebhook SVIX = SvixWebhook.withNewSecret();

    /** What the research runs of these classes take: a few short steps. */
    static final int RESEARCH_STEPS = 5;
    static final long RESEARCH_STEP_MILLIS = 500;

    /** The one origin the deployment allows. */
    static final String ORIGIN = "http://localhost:3000";

    private static Map<String, String> config;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return GatehouseDeployment.shared("plain", database());
    }

    /** The deployment's configuration, its database included: the same for every class of this deployment. */
    static synchronized Map<String, String> database() {
        if (config == null) {
            Map<String, String> settings = GatehouseDeployment.defaultConfig("plain");
            TestDatabase.readableByTheTest(settings, "plain");
            settings.put("rebind.proof", "required");
            settings.put("free-plan.credits", "25");
            settings.put("plans", "pro:500, team:2000");
            settings.put("research.steps", String.valueOf(RESEARCH_STEPS));
            settings.put("research.step-millis", String.valueOf(RESEARCH_STEP_MILLIS));
            settings.put("cors.origins", ORIGIN);
            settings.put("clerk.webhook-secret", SVIX.secret());
            config = Map.copyOf(settings);
        }
        return config;
    }
}
