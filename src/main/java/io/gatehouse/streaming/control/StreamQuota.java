package io.gatehouse.streaming.control;

import io.gatehouse.streaming.entity.StreamException;
import io.gatehouse.kernel.FeatureException.Reason;
import io.gatehouse.metrics.control.GatehouseMetrics;
import io.gatehouse.kernel.StartupEvent;
import io.gatehouse.kernel.Caller;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * At most {@code STREAMS_PER_PRINCIPAL} open streams (SSE and WebSocket together) per principal on this instance,
 * so one caller cannot hold an unbounded number of connections, executor tasks and subscriptions. The next one is
 * refused with {@code 429} and {@code Retry-After}. A value below 1 stops the deployment at start-up.
 */
@ApplicationScoped
public class StreamQuota {

    /** How long a WebSocket handshake's reservation waits for its connection to open. */
    static final long HANDSHAKE_HOLD_MILLIS = 10_000;
    static final int RETRY_AFTER_SECONDS = 5;

    private static final Logger LOG = Logger.getLogger(StreamQuota.class.getName());

    @Inject
    @ConfigProperty(name = "streams.per-principal", defaultValue = "20")
    int perPrincipal;

    @Inject
    Clock clock;

    @Inject
    GatehouseMetrics metrics;

    @Resource
    ManagedScheduledExecutorService scheduler;

    private StreamSlots slots;

    @PostConstruct
    void read() {
        if (perPrincipal < 1) {
            String message = "Gatehouse refuses to start: STREAMS_PER_PRINCIPAL must be at least 1, got " + perPrincipal;
            LOG.severe(message);
            throw new IllegalStateException(message);
        }
        slots = new StreamSlots(perPrincipal, HANDSHAKE_HOLD_MILLIS, clock::millis);
    }

    void onStart(@Observes StartupEvent event) {
        scheduler.scheduleWithFixedDelay(slots::forgetLapsed, 1, 1, TimeUnit.MINUTES);
        LOG.info(() -> "Streams: at most " + perPrincipal + " open per principal on this instance");
    }

    /** A slot for an SSE stream of the caller; refused with the {@code 429} when the caller holds the limit. */
    StreamSlots.Slot take(Caller caller) {
        StreamSlots.Slot slot = slots.take(caller.principalId());
        if (slot == null) {
            throw refused(caller);
        }
        return slot;
    }

    /** Reserves a slot for a WebSocket handshake of the caller; the {@code 429} to answer, or {@code null}. */
    public StreamException reserve(Caller caller) {
        return slots.reserve(caller.principalId()) ? null : refused(caller);
    }

    /** Gives back the reservation of a handshake refused after all. */
    public void cancel(Caller caller) {
        slots.cancel(caller.principalId());
    }

    /** The slot of a WebSocket that just opened, or {@code null} when none is left (it then closes at once). */
    StreamSlots.Slot claim(Caller caller) {
        return slots.claim(caller.principalId());
    }

    private StreamException refused(Caller caller) {
        metrics.rateLimited(caller);
        String seconds = Integer.toString(RETRY_AFTER_SECONDS);
        return new StreamException(Reason.LIMITED, "rate_limited", "Too many open streams (at most " + perPrincipal
                + " per principal, SSE and WebSocket together): retry in " + seconds + " seconds", true,
                Map.of("Retry-After", seconds));
    }
}
