package io.gatehouse.security.control;

import io.gatehouse.security.control.SessionAuthenticator;
import io.gatehouse.sessions.control.SessionActivity;
import io.gatehouse.sessions.control.SessionCache;
import java.time.Clock;

/**
 * Assembles the session beans without a CDI container, for code in other packages (benchmarks) that
 * cannot reach their package-private injection points.
 */
public final class SessionFixtures {

    private SessionFixtures() {
    }

    /**
     * The real {@link SessionAuthenticator}, reading the given cache and clock, and noting uses in a
     * {@link SessionActivity} with the default granularity (60 s), as in production.
     */
    public static SessionAuthenticator authenticator(SessionCache cache, Clock clock) {
        SessionAuthenticator authenticator = new SessionAuthenticator();
        authenticator.cache = cache;
        authenticator.clock = clock;
        authenticator.activity = new SessionActivity(cache, 60);
        return authenticator;
    }
}
