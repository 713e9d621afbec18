package io.gatehouse.research.entity;

import io.gatehouse.streaming.entity.RunEvent;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.UUID;

/** One event of a run, kept so a stream can replay it. */
@Entity
@Table(name = "research_events")
@IdClass(ResearchEvent.Key.class)
@NamedQuery(name = ResearchEvent.AFTER, query = "SELECT e, r.ownerId FROM ResearchEvent e, ResearchRun r "
        + "WHERE r.id = e.runId AND e.runId = :run AND e.seq > :after ORDER BY e.seq")
public class ResearchEvent {

    public static final String AFTER = "ResearchEvent.after";

    @Id
    @Column(name = "run_id")
    private UUID runId;

    @Id
    private int seq;

    @Column(nullable = false)
    private String event;

    @Column(nullable = false)
    private String data;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    protected ResearchEvent() {
    }

    public ResearchEvent(UUID runId, int seq, RunEventType event, String data, OffsetDateTime createdAt) {
        this.runId = runId;
        this.seq = seq;
        this.event = event.label();
        this.data = data;
        this.createdAt = createdAt;
    }

    public RunEvent toRunEvent(UUID ownerId) {
        return new RunEvent(runId, ownerId, seq, event, data, RunEventType.fromLabel(event).last());
    }

    /** The primary key: the run and the event's number in it. */
    public static class Key implements Serializable {

        private static final long serialVersionUID = 1L;

        private UUID runId;
        private int seq;

        public Key() {
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && seq == key.seq && Objects.equals(runId, key.runId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(runId, seq);
        }
    }
}
