package io.gatehouse.plans.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.TreeMap;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;

/**
 * Credit totals per plan: {@code PLANS}, with {@code FREE_PLAN_CREDITS} for the free plan when {@code PLANS}
 * does not name it. {@link #check()} runs at start-up and stops the deployment on a malformed value.
 */
@ApplicationScoped
public class PlanSettings {

    private static final Logger LOG = Logger.getLogger(PlanSettings.class.getName());

    @Inject
    Config config;

    private Map<String, Integer> credits = Map.of();
    private String broken;

    @PostConstruct
    void read() {
        try {
            credits = PlanCredits.parse(config.getOptionalValue("plans", String.class).orElse(null),
                    config.getOptionalValue("free-plan.credits", String.class).orElse("20"));
        } catch (IllegalArgumentException malformed) {
            broken = malformed.getMessage();
        }
    }

    /** Refuses to start on a malformed {@code PLANS} or {@code FREE_PLAN_CREDITS}. */
    public void check() {
        if (broken != null) {
            String message = "Gatehouse refuses to start: " + broken;
            LOG.severe(message);
            throw new IllegalStateException(message);
        }
        LOG.info(() -> "Plans: " + new TreeMap<>(credits));
    }

    /** The plan's credit total; 0 for a plan no longer configured. */
    public int creditsOf(String plan) {
        return credits.getOrDefault(plan, 0);
    }
}
