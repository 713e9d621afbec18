package io.gatehouse.ratelimit.control;

import io.gatehouse.ratelimit.entity.Bucket;
import io.gatehouse.kernel.StartupEvent;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.EnumMap;
import java.util.Map;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The limits of each bucket ({@code RATE_LIMIT_*}; 0 switches one off), read once. A negative limit stops the
 * deployment at start-up, naming the setting. Who the client is, is {@code network.ClientAddress}'s business.
 */
@ApplicationScoped
public class RateLimitSettings {

    private static final Logger LOG = Logger.getLogger(RateLimitSettings.class.getName());

    @Inject
    @ConfigProperty(name = "rate-limit.anonymous-per-hour", defaultValue = "60")
    int anonymousPerHour;

    @Inject
    @ConfigProperty(name = "rate-limit.session-per-minute", defaultValue = "30")
    int sessionPerMinute;

    @Inject
    @ConfigProperty(name = "rate-limit.webhooks-per-minute", defaultValue = "600")
    int webhooksPerMinute;

    @Inject
    @ConfigProperty(name = "rate-limit.api-per-minute", defaultValue = "600")
    int apiPerMinute;

    @Inject
    @ConfigProperty(name = "rate-limit.public-per-minute", defaultValue = "300")
    int publicPerMinute;

    private final int[] limits = new int[Bucket.values().length];

    @PostConstruct
    void read() {
        Map<Bucket, Integer> configured = new EnumMap<>(Bucket.class);
        configured.put(Bucket.ANONYMOUS, checked("RATE_LIMIT_ANONYMOUS_PER_HOUR", anonymousPerHour));
        configured.put(Bucket.SESSION, checked("RATE_LIMIT_SESSION_PER_MINUTE", sessionPerMinute));
        configured.put(Bucket.WEBHOOKS, checked("RATE_LIMIT_WEBHOOKS_PER_MINUTE", webhooksPerMinute));
        configured.put(Bucket.API, checked("RATE_LIMIT_API_PER_MINUTE", apiPerMinute));
        configured.put(Bucket.PUBLIC, checked("RATE_LIMIT_PUBLIC_PER_MINUTE", publicPerMinute));
        configured.forEach((bucket, limit) -> limits[bucket.ordinal()] = limit);
        LOG.info(() -> "Rate limits: " + configured);
    }

    /** Reads the settings at start-up, so a broken one stops the deployment rather than failing requests. */
    void onStart(@Observes StartupEvent event) {
        limitOf(Bucket.API);
    }

    /** The bucket's limit per window; 0 when it is off. */
    public int limitOf(Bucket bucket) {
        return limits[bucket.ordinal()];
    }

    private static int checked(String name, int limit) {
        if (limit < 0) {
            throw refusal(name + " must be 0 (off) or more, got " + limit);
        }
        return limit;
    }

    private static IllegalStateException refusal(String reason) {
        String message = "Gatehouse refuses to start: " + reason;
        LOG.severe(message);
        return new IllegalStateException(message);
    }
}
