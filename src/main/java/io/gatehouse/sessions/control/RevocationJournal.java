package io.gatehouse.sessions.control;

import io.gatehouse.sessions.entity.RevokedToken;
import io.gatehouse.sessions.entity.SessionCommitted;
import io.gatehouse.kernel.StartupEvent;
import io.gatehouse.persistence.control.RetentionSweeps;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every revocation of a credential Gatehouse issued, written in the transaction that revokes it (table
 * {@code revoked_tokens}): what {@link RevocationReconciler} compares each instance's memory with. It outlives
 * the sessions rows of a deleted user, and is kept {@link #KEPT} (longer than any data grid entry lives).
 */
@ApplicationScoped
public class RevocationJournal {

    static final Duration KEPT = Duration.ofDays(2);
    static final int SWEEP_BATCH = RetentionSweeps.BATCH;

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Resource
    ManagedScheduledExecutorService scheduler;

    private static final Logger LOG = Logger.getLogger(RevocationJournal.class.getName());

    /** Sweeps hourly, a batch per transaction, so no sweep holds a long lock; several instances may sweep at once. */
    void onStart(@Observes StartupEvent event, RevocationJournal self) {
        scheduler.scheduleWithFixedDelay(() -> {
            try {
                RetentionSweeps.drain(self::sweepBatch);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Sweeping the revocation journal failed; retrying in an hour: " + e);
            }
        }, 5, 60, TimeUnit.MINUTES);
    }

    /** In the revoking transaction: if it rolls back, so does its journal entry. */
    void record(@Observes SessionCommitted.Revoked revoked) {
        OffsetDateTime now = OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MILLIS);
        revoked.hashes().forEach(hash -> em.persist(new RevokedToken(hash, now)));
    }

    /**
     * Up to {@code limit} revocations after the given one in (revoked_at, token_hash) order; {@code afterHash} ""
     * for every one at {@code since} and later.
     */
    @Transactional
    public List<RevokedToken> after(OffsetDateTime since, String afterHash, int limit) {
        List<RevokedToken> page = em.createNamedQuery(RevokedToken.AFTER, RevokedToken.class)
                .setParameter("since", since)
                .setParameter("after", afterHash)
                .setMaxResults(limit)
                .getResultList();
        em.clear();
        return page;
    }

    /** Deletes about {@link #SWEEP_BATCH} entries older than {@link #KEPT} in one transaction; returns how many. */
    @Transactional
    public int sweepBatch() {
        OffsetDateTime before = OffsetDateTime.now(clock).minus(KEPT);
        List<OffsetDateTime> edge = em.createNamedQuery(RevokedToken.OLDEST_BEFORE, OffsetDateTime.class)
                .setParameter("before", before)
                .setFirstResult(SWEEP_BATCH - 1)
                .setMaxResults(1)
                .getResultList();
        return em.createNamedQuery(RevokedToken.DELETE_UP_TO)
                .setParameter("before", before)
                .setParameter("upTo", edge.isEmpty() ? before : edge.get(0))
                .executeUpdate();
    }
}
