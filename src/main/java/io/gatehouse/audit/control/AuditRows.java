package io.gatehouse.audit.control;

import io.gatehouse.audit.entity.AuditEvent;
import io.gatehouse.audit.entity.AuditQuery;
import io.gatehouse.kernel.SecurityEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

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

    /**
     * Up to {@code max} events, newest first, matching every filter of the query, after its cursor's position if
     * it has one. One JPQL text per combination of filters (at most 64), each a keyset read of an index when it
     * names a type, a user or an actor.
     */
    @Transactional
    public List<AuditEvent> newest(AuditQuery query, int max) {
        List<String> conditions = new ArrayList<>();
        query.type().ifPresent(type -> conditions.add("e.eventType = :type"));
        query.user().ifPresent(user -> conditions.add("e.principalId = :principal"));
        query.actor().ifPresent(actor -> conditions.add("e.actorId = :actor"));
        query.since().ifPresent(since -> conditions.add("e.occurredAt >= :since"));
        query.until().ifPresent(until -> conditions.add("e.occurredAt < :until"));
        query.cursor().ifPresent(cursor -> conditions.add("(e.occurredAt < :at OR (e.occurredAt = :at AND e.id < :id))"));
        String where = conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
        TypedQuery<AuditEvent> select = em.createQuery("SELECT e FROM AuditEvent e" + where
                + " ORDER BY e.occurredAt DESC, e.id DESC", AuditEvent.class);
        query.type().ifPresent(type -> select.setParameter("type", type.label()));
        query.user().ifPresent(user -> select.setParameter("principal", user.toString()));
        query.actor().ifPresent(actor -> select.setParameter("actor", actor.toString()));
        query.since().ifPresent(since -> select.setParameter("since", since.atOffset(ZoneOffset.UTC)));
        query.until().ifPresent(until -> select.setParameter("until", until.atOffset(ZoneOffset.UTC)));
        query.cursor().ifPresent(cursor -> select.setParameter("at", cursor.occurredAt()).setParameter("id", cursor.id()));
        return select.setMaxResults(max).getResultList();
    }

    /** Deletes the events older than {@code cutoff}; returns how many. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int deleteBefore(OffsetDateTime cutoff) {
        return em.createNamedQuery(AuditEvent.DELETE_BEFORE)
                .setParameter("cutoff", cutoff.withOffsetSameInstant(ZoneOffset.UTC))
                .executeUpdate();
    }
}
