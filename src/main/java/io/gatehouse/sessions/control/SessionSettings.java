package io.gatehouse.sessions.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Session lifetimes: {@code SESSION_TTL_SECONDS}, the sliding lifetime a stream renews, and
 * {@code SESSION_MAX_AGE_SECONDS}, the absolute cap counted from the session's creation.
 */
@ApplicationScoped
public class SessionSettings {

    @Inject
    @ConfigProperty(name = "session.ttl-seconds", defaultValue = "1800")
    int ttlSeconds;

    @Inject
    @ConfigProperty(name = "session.max-age-seconds", defaultValue = "43200")
    int maxAgeSeconds;

    public int ttlSeconds() {
        return ttlSeconds;
    }

    public int maxAgeSeconds() {
        return maxAgeSeconds;
    }

    /** When a session created at {@code createdAt} expires if renewed at {@code now}: a full TTL, within the cap. */
    public OffsetDateTime expiryFor(OffsetDateTime createdAt, OffsetDateTime now) {
        OffsetDateTime sliding = now.plusSeconds(ttlSeconds);
        OffsetDateTime cap = createdAt.plusSeconds(maxAgeSeconds);
        return sliding.isBefore(cap) ? sliding : cap;
    }
}
