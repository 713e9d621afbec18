package io.gatehouse.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/** The audit table: batch inserts, newest-first keyset pages, and the retention delete. */
@ApplicationScoped
public class AuditRows {

    @PersistenceContext
    EntityManager em;

    /** Inserts the events in one transaction of their own, whatever the calling thread was doing. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void insert(List<SecurityEvent> events) {
        for (SecurityEvent event : events) {
            em.persist(new AuditEvent(event));
        }
    }

    /** Up to {@code max} events, newest first, of one type or all, after the cursor's position if one is given. */
    @Transactional
    public List<AuditEvent> newest(Optional<SecurityEventType> type, Optional<AuditCursor> after, int max) {
        TypedQuery<AuditEvent> query;
        if (type.isPresent()) {
            query = em.createNamedQuery(after.isPresent() ? AuditEvent.NEWEST_OF_TYPE_BEFORE : AuditEvent.NEWEST_OF_TYPE,
                    AuditEvent.class).setParameter("type", type.get().label());
        } else {
            query = em.createNamedQuery(after.isPresent() ? AuditEvent.NEWEST_BEFORE : AuditEvent.NEWEST, AuditEvent.class);
        }
        after.ifPresent(cursor -> query.setParameter("at", cursor.occurredAt()).setParameter("id", cursor.id()));
        return query.setMaxResults(max).getResultList();
    }

    /** Deletes the events older than {@code cutoff}; returns how many. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int deleteBefore(OffsetDateTime cutoff) {
        return em.createNamedQuery(AuditEvent.DELETE_BEFORE)
                .setParameter("cutoff", cutoff.withOffsetSameInstant(ZoneOffset.UTC))
                .executeUpdate();
    }
}
