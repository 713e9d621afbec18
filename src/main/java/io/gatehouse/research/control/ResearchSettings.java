package io.gatehouse.research.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How the simulated research runs: {@code RESEARCH_STEPS} progress steps, {@code RESEARCH_STEP_MILLIS} apart.
 * {@link #check()} stops the deployment on a value out of range.
 */
@ApplicationScoped
public class ResearchSettings {

    static final int MAX_STEPS = 1000;
    static final long MAX_STEP_MILLIS = 600_000;

    private static final Logger LOG = Logger.getLogger(ResearchSettings.class.getName());

    @Inject
    @ConfigProperty(name = "research.steps", defaultValue = "5")
    int steps;

    @Inject
    @ConfigProperty(name = "research.step-millis", defaultValue = "1000")
    long stepMillis;

    int steps() {
        return steps;
    }

    long stepMillis() {
        return stepMillis;
    }

    void check() {
        String broken = null;
        if (steps < 0 || steps > MAX_STEPS) {
            broken = "RESEARCH_STEPS must be from 0 to " + MAX_STEPS + ", not " + steps;
        } else if (stepMillis < 0 || stepMillis > MAX_STEP_MILLIS) {
            broken = "RESEARCH_STEP_MILLIS must be from 0 to " + MAX_STEP_MILLIS + ", not " + stepMillis;
        }
        if (broken != null) {
            String message = "Gatehouse refuses to start: " + broken;
            LOG.severe(message);
            throw new IllegalStateException(message);
        }
    }
}
