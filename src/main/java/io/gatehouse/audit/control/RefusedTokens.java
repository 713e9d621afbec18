package io.gatehouse.audit.control;

import io.gatehouse.kernel.SecurityEvent;
import io.gatehouse.kernel.StartupEvent;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Refused credentials in the audit trail, counted rather than written one row each: a {@link RefusalTally} counts
 * them in memory, and every {@code AUDIT_REFUSALS_FLUSH_SECONDS} (a minute by default) the window's rows (one per
 * refusal code and client address, with the count) are inserted here, on the scheduler's thread. They never
 * enter the {@link AuditWriter}'s queue, which stays reserved for the security events, so a flood of refused
 * tokens cannot crowd one of those out. Rows that the database refuses are counted as lost and logged.
 */
@ApplicationScoped
public class RefusedTokens {

    private static final Logger LOG = Logger.getLogger(RefusedTokens.class.getName());

    @Inject
    @ConfigProperty(name = "audit.refusals-flush-seconds", defaultValue = "60")
    int flushSeconds;

    @Inject
    @ConfigProperty(name = "audit.refusals-max-addresses", defaultValue = "100")
    int maxAddresses;

    @Inject
    AuditRows rows;

    @Resource
    ManagedScheduledExecutorService scheduler;

    private final AtomicLong aggregated = new AtomicLong();
    private RefusalTally tally;
    private ScheduledFuture<?> flushing;

    @PostConstruct
    void init() {
        tally = new RefusalTally(Math.max(1, maxAddresses));
    }

    void onStart(@Observes StartupEvent event) {
        if (flushSeconds < 1 || maxAddresses < 1) {
            String message = "Gatehouse refuses to start: AUDIT_REFUSALS_FLUSH_SECONDS and AUDIT_REFUSALS_MAX_ADDRESSES must be "
                    + "1 or more, got " + flushSeconds + " and " + maxAddresses;
            LOG.severe(message);
            throw new IllegalStateException(message);
        }
        flushing = scheduler.scheduleAtFixedRate(this::flush, flushSeconds, flushSeconds, TimeUnit.SECONDS);
    }

    /** Counts one refused credential; never touches the database and never fails the request. */
    void count(String reason, String ip, String credential, String message) {
        tally.count(reason, ip, credential, message, Instant.now());
    }

    /** Writes the window's rows; a failure loses them (logged), and the next window starts anyway. */
    void flush() {
        RefusalTally.Window window = tally.take();
        List<SecurityEvent> events = window.events();
        if (events.isEmpty()) {
            return;
        }
        try {
            rows.insert(events);
            aggregated.addAndGet(window.refusals());
        } catch (RuntimeException e) {
            LOG.warning(() -> "Audit trail: " + events.size() + " token.refused rows (" + window.refusals()
                    + " refusals) lost, the database refused them: " + e);
        }
        if (AuditLog.LOG.isLoggable(Level.FINE)) {
            events.forEach(event -> AuditLog.LOG.fine(AuditLog.line(event)));
        }
    }

    /** Refusals written to the trail inside {@code token.refused} rows since start-up. */
    public long aggregated() {
        return aggregated.get();
    }

    /** Writes the last window on the way down (best effort). */
    @PreDestroy
    void stop() {
        if (flushing != null) {
            flushing.cancel(false);
        }
        try {
            flush();
        } catch (RuntimeException e) {
            LOG.warning(() -> "Audit trail: refused tokens of the last window not written at shutdown: " + e);
        }
    }
}
