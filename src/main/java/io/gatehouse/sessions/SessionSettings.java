package io.gatehouse.sessions;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Session lifetime ({@code SESSION_TTL_SECONDS}). */
@ApplicationScoped
public class SessionSettings {

    @Inject
    @ConfigProperty(name = "session.ttl-seconds", defaultValue = "1800")
    int ttlSeconds;

    public int ttlSeconds() {
        return ttlSeconds;
    }
}
