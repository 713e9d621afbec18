package io.gatehouse.health.control;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/**
 * Liveness {@code gatehouse}: UP while the application is deployed and answering. Deliberately checks nothing
 * outside the process: a database or Clerk outage is a readiness matter, and restarting would not cure it.
 */
@Liveness
@ApplicationScoped
public class ApplicationLiveness implements HealthCheck {

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.up("gatehouse");
    }
}
