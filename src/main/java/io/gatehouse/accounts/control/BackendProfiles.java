package io.gatehouse.accounts.control;

import io.gatehouse.clerk.control.ClerkBackendClient;
import io.gatehouse.clerk.entity.ClerkProfile;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A user's email and name from Clerk's Backend API, when neither the token nor the stored row has them: at most
 * once a minute per user, so an outage is not hammered. Bounded like {@link KnownClerkUsers}.
 */
@ApplicationScoped
public class BackendProfiles {

    private static final long RETRY_MILLIS = 60_000;

    @Inject
    ClerkBackendClient backend;

    @Inject
    Clock clock;

    private final Map<String, Long> lastAttempt = new ConcurrentHashMap<>();

    /** The profile Clerk has for the user; empty without a secret key, on failure, or when asked within a minute. */
    ClerkProfile fetch(String clerkUserId) {
        long now = clock.millis();
        Long last = lastAttempt.get(clerkUserId);
        if (!backend.configured() || (last != null && now - last < RETRY_MILLIS)) {
            return ClerkProfile.EMPTY;
        }
        if (lastAttempt.size() >= KnownClerkUsers.MAX_REMEMBERED) {
            lastAttempt.clear();
        }
        lastAttempt.put(clerkUserId, now);
        return backend.fetchProfile(clerkUserId).orElse(ClerkProfile.EMPTY);
    }

    /** The next request for the user may ask Clerk at once. */
    void forget(String clerkUserId) {
        lastAttempt.remove(clerkUserId);
    }
}
