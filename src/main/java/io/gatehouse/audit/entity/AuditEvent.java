package io.gatehouse.audit.entity;

import io.gatehouse.kernel.SecurityEvent;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/** One row of the audit trail. Written once, never changed; deleted by the retention sweep. */
@Entity
@Table(name = "audit_events")
@NamedQuery(name = AuditEvent.DELETE_BEFORE, query = "DELETE FROM AuditEvent e WHERE e.occurredAt < :cutoff")
public class AuditEvent {

    public static final String DELETE_BEFORE = "AuditEvent.deleteBefore";

    @Id
    private UUID id;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private OffsetDateTime occurredAt;

    @Column(name = "event_type", nullable = false, updatable = false)
    private String eventType;

    /** Text, not UUID: EclipseLink 4 cannot read a NULL from a UUID column. */
    @Column(name = "principal_id", updatable = false)
    private String principalId;

    @Column(name = "session_id", updatable = false)
    private String sessionId;

    @Column(updatable = false)
    private String reason;

    @Column(updatable = false)
    private String ip;

    @Column(updatable = false)
    private String detail;

    /** The operator of an admin action (text, as principal_id), else {@code null}. */
    @Column(name = "actor_id", updatable = false)
    private String actorId;

    protected AuditEvent() {
    }

    public AuditEvent(SecurityEvent event) {
        this.id = UUID.randomUUID();
        this.occurredAt = event.occurredAt().atOffset(ZoneOffset.UTC);
        this.eventType = event.type().label();
        this.principalId = text(event.principalId());
        this.sessionId = text(event.sessionId());
        this.reason = event.reason();
        this.ip = event.ip();
        this.detail = event.detail();
        this.actorId = text(event.actorId());
    }

    UUID id() {
        return id;
    }

    OffsetDateTime occurredAt() {
        return occurredAt;
    }

    String eventType() {
        return eventType;
    }

    UUID principalId() {
        return principalId == null ? null : UUID.fromString(principalId);
    }

    UUID sessionId() {
        return sessionId == null ? null : UUID.fromString(sessionId);
    }

    private static String text(UUID id) {
        return id == null ? null : id.toString();
    }

    String reason() {
        return reason;
    }

    String ip() {
        return ip;
    }

    String detail() {
        return detail;
    }

    UUID actorId() {
        return actorId == null ? null : UUID.fromString(actorId);
    }
}
