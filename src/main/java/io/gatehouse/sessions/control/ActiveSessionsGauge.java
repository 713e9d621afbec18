package io.gatehouse.sessions.control;

import io.gatehouse.kernel.Gauge;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;

/** {@code gatehouse_active_sessions}: the sessions that would be accepted now, counted in memory at each scrape. */
@ApplicationScoped
public class ActiveSessionsGauge implements Gauge {

    @Inject
    SessionCache cache;

    @Inject
    Clock clock;

    @Override
    public String name() {
        return "gatehouse_active_sessions";
    }

    @Override
    public String help() {
        return "Session tokens neither revoked nor expired (users' and anonymous devices'; agent tokens not counted)";
    }

    @Override
    public double value() {
        return cache.countActive(clock.millis());
    }
}
