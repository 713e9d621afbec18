package io.gatehouse.health.control;

import io.gatehouse.security.control.AuthSettings;
import io.gatehouse.clerk.control.ClerkKeys;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Readiness {@code clerk-jwks}: in Clerk mode, DOWN until Clerk's signing keys have loaded once (until then no
 * user can sign in: every JWT gets 503). Once loaded it stays UP through a later Clerk outage, since the last keys
 * keep verifying tokens. UP in local mode and without {@code CLERK_ISSUER}, where there are no keys to wait for.
 * Reads state only: it never calls Clerk.
 */
@Readiness
@ApplicationScoped
public class ClerkKeysReadiness implements HealthCheck {

    @Inject
    AuthSettings auth;

    @Inject
    ClerkKeys keys;

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("clerk-jwks");
        if (auth.local()) {
            return response.up().withData("jwks", "not used (AUTH_MODE=local)").build();
        }
        if (!keys.configured()) {
            return response.up().withData("jwks", "not configured (no CLERK_ISSUER): Clerk JWTs are refused").build();
        }
        if (!keys.loaded()) {
            return response.down().withData("jwks", "not loaded yet").build();
        }
        response.up().withData("jwks", "loaded").withData("keys", keys.keyCount());
        Instant refreshed = keys.lastRefresh();
        if (refreshed != null) {
            response.withData("last_refresh", refreshed.toString());
        }
        return response.build();
    }
}
