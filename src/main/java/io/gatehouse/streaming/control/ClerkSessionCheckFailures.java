package io.gatehouse.streaming.control;

import io.gatehouse.kernel.Gauge;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** {@code gatehouse_clerk_session_check_failures}: Clerk session checks Clerk could not answer, since start-up. */
@ApplicationScoped
public class ClerkSessionCheckFailures implements Gauge {

    @Inject
    ClerkSessionWatch watch;

    @Override
    public String name() {
        return "gatehouse_clerk_session_check_failures";
    }

    @Override
    public String help() {
        return "Checks of a streaming session's Clerk session that Clerk's Backend API could not answer, since start-up";
    }

    @Override
    public double value() {
        return watch.failures();
    }
}
