package io.gatehouse.streaming.control;

import io.gatehouse.kernel.Gauge;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** {@code gatehouse_clerk_sessions_found_ended}: Clerk sessions a check found ended (a webhook missed), since start-up. */
@ApplicationScoped
public class ClerkSessionsFoundEnded implements Gauge {

    @Inject
    ClerkSessionWatch watch;

    @Override
    public String name() {
        return "gatehouse_clerk_sessions_found_ended";
    }

    @Override
    public String help() {
        return "Clerk sessions that Clerk's Backend API reported ended while a stream held them, since start-up";
    }

    @Override
    public double value() {
        return watch.endedFound();
    }
}
