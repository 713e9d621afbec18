package io.gatehouse.audit.control;

import io.gatehouse.kernel.SecurityEvent;
import io.gatehouse.kernel.StartupEvent;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Logger;

/**
 * Writes security events to the audit trail off the request path: an observer puts each committed event in a
 * bounded queue ({@value #CAPACITY} events; when full, the event is dropped and counted), and one drain at a
 * time on the managed executor inserts them in batches of up to {@value #BATCH}, each batch in a transaction
 * of its own. A failed batch is counted as lost, never retried and never seen by the request. Drops and
 * losses are logged at most once a minute; what is queued at shutdown is written before the application stops
 * (best effort).
 */
@ApplicationScoped
public class AuditWriter {

    static final int CAPACITY = 10_000;
    static final int BATCH = 500;

    private static final Logger LOG = Logger.getLogger(AuditWriter.class.getName());

    private final AuditQueue queue = new AuditQueue(CAPACITY);
    private final AtomicLong lost = new AtomicLong();
    private final AtomicReference<String> lastFailure = new AtomicReference<>();

    @Resource
    ManagedExecutorService executor;

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    AuditRows rows;

    void onStart(@Observes StartupEvent event) {
        scheduler.scheduleAtFixedRate(this::everyMinute, 1, 1, TimeUnit.MINUTES);
    }

    void onEvent(@Observes(during = TransactionPhase.AFTER_SUCCESS) SecurityEvent event) {
        if (queue.offer(event)) {
            startDrain();
        }
    }

    private void startDrain() {
        try {
            executor.execute(this::drain);
        } catch (RuntimeException e) {
            queue.abandonDrain();
        }
    }

    void drain() {
        do {
            for (List<SecurityEvent> batch = queue.next(BATCH); !batch.isEmpty(); batch = queue.next(BATCH)) {
                write(batch);
            }
        } while (queue.finishDrain());
    }

    private void write(List<SecurityEvent> batch) {
        try {
            rows.insert(batch);
        } catch (RuntimeException e) {
            lost.addAndGet(batch.size());
            lastFailure.set(e.toString());
        }
    }

    /** Reports drops and losses of the last minute, and restarts a drain that could not be started. */
    void everyMinute() {
        long dropped = queue.takeDropped();
        long failed = lost.getAndSet(0);
        if (dropped > 0) {
            LOG.warning(() -> "Audit trail: " + dropped + " events dropped in the last minute (queue of " + CAPACITY + " full)");
        }
        if (failed > 0) {
            LOG.warning(() -> "Audit trail: " + failed + " events lost in the last minute, the database refused them: "
                    + lastFailure.get());
        }
        if (queue.claimIfWaiting()) {
            startDrain();
        }
    }

    /** Security events dropped since start-up because the queue was full. */
    public long dropped() {
        return queue.droppedSinceStart();
    }

    /** Writes what is still queued, on the thread that stops the application. */
    @PreDestroy
    void flush() {
        try {
            for (List<SecurityEvent> batch = queue.next(BATCH); !batch.isEmpty(); batch = queue.next(BATCH)) {
                rows.insert(batch);
            }
        } catch (RuntimeException e) {
            LOG.warning(() -> "Audit trail: " + queue.size() + " or more events not written at shutdown: " + e);
        }
    }
}
