package io.gatehouse.it;

import io.gatehouse.testing.GatehouseDeployment;
import io.gatehouse.testing.SvixWebhook;
import io.gatehouse.testing.TestDatabase;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * One deployment for the test classes that need secrets on, the optional rebind proof, a public base URL,
 * webhooks, introspection clients, CORS origins and operators: they run one after the other against it,
 * each with fresh users and devices. It also carries {@link CallerProbeResource}, a test-only resource that
 * shows what a resource sees of its caller. On H2 the database is a file opened with {@code AUTO_SERVER},
 * so a test can read what was stored.
 */
abstract class SecretsDeployment extends GatehouseIT {

    static final String BASE = "https://gatehouse.example.com";
    static final String KEY = "UacHxocJ/OZTZQn+8IiLLuJ8q0xpNktT5ignH+LOrCA=";
    static final SvixWebhook SVIX = SvixWebhook.withNewSecret();
    static final String OPERATOR = newUserId();
    static final String AUDITOR = newUserId();
    static final String SERVICE_SECRET = "audit-service-secret-0123456789";
    static final String APP = "https://app.example.com";

    /** The research runs of these classes: a few short steps, and two runs a month on the free plan. */
    static final int RESEARCH_STEPS = 4;
    static final long RESEARCH_STEP_MILLIS = 400;
    static final int RECONCILE_SECONDS = 1;

    private static Map<String, String> config;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return GatehouseDeployment.shared("secrets", database()).addClass(CallerProbeResource.class);
    }

    /** The deployment's configuration, its database included: the same for every class of this deployment. */
    static synchronized Map<String, String> database() {
        if (config == null) {
            Map<String, String> settings = GatehouseDeployment.defaultConfig("secrets");
            TestDatabase.readableByTheTest(settings, "secrets");
            settings.put("public.base-url", BASE + "/");
            settings.put("secrets.enabled", "true");
            settings.put("secrets.key", KEY);
            settings.put("clerk.webhook-secret", SVIX.secret());
            settings.put("clerk.delete-users", "false");
            settings.put("super-admin.user-ids", OPERATOR + ", " + AUDITOR);
            settings.put("introspection.clients", "svc-a:secret-a-0123456789,svc-b:secret-b-0123456789,"
                    + "billing:" + SERVICE_SECRET + ",sibling:" + "0123456789abcdef".repeat(4));
            settings.put("cors.origins", "http://localhost:3000, " + APP);
            settings.put("plans", "free:2");
            settings.put("research.steps", String.valueOf(RESEARCH_STEPS));
            settings.put("research.step-millis", String.valueOf(RESEARCH_STEP_MILLIS));
            settings.put("cluster.reconcile-seconds", String.valueOf(RECONCILE_SECONDS));
            settings.put("session.activity-granularity-seconds", "0");
            settings.put("session.activity-flush-seconds", "1");
            settings.put("audit.refusals-flush-seconds", "1");
            config = Map.copyOf(settings);
        }
        return config;
    }
}
