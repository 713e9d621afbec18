package io.gatehouse.research;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A research run a principal started on one of its projects; its events are numbered from 1. */
@Entity
@Table(name = "research_runs")
@NamedQuery(name = ResearchRun.OF_OWNER,
        query = "SELECT r FROM ResearchRun r WHERE r.ownerId = :owner ORDER BY r.createdAt DESC, r.id")
@NamedQuery(name = ResearchRun.UNFINISHED,
        query = "SELECT r.id, r.runner FROM ResearchRun r WHERE r.status IN :statuses")
@NamedQuery(name = ResearchRun.REOWN, query = "UPDATE ResearchRun r SET r.ownerId = :to WHERE r.ownerId = :from")
public class ResearchRun {

    static final String OF_OWNER = "ResearchRun.ofOwner";
    static final String UNFINISHED = "ResearchRun.unfinished";
    static final String REOWN = "ResearchRun.reown";

    @Id
    private UUID id;

    @Column(name = "owner_id", nullable = false)
    private UUID ownerId;

    @Column(name = "project_id", nullable = false)
    private UUID projectId;

    @Column(nullable = false)
    private String query;

    @Column(nullable = false)
    private String status;

    @Column(name = "last_event_id", nullable = false)
    private int lastEventId;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @Column(name = "finished_at")
    private OffsetDateTime finishedAt;

    /** The instance executing the run ({@code cluster.InstanceMembership}). */
    @Column(name = "runner")
    private String runner;

    protected ResearchRun() {
    }

    ResearchRun(UUID ownerId, UUID projectId, String query, OffsetDateTime createdAt, String runner) {
        this.id = UUID.randomUUID();
        this.runner = runner;
        this.ownerId = ownerId;
        this.projectId = projectId;
        this.query = query;
        this.status = RunStatus.QUEUED.label();
        this.createdAt = createdAt;
    }

    /** Records that the event happened; returns the event's number. */
    int record(RunEventType event, OffsetDateTime at) {
        status = event.statusAfter().label();
        if (event.last()) {
            finishedAt = at;
        }
        return ++lastEventId;
    }

    UUID id() {
        return id;
    }

    UUID ownerId() {
        return ownerId;
    }

    RunStatus status() {
        return RunStatus.fromLabel(status);
    }

    boolean finished() {
        return status().finished();
    }

    int lastEventId() {
        return lastEventId;
    }

    RunView view() {
        return new RunView(id.toString(), projectId.toString(), query, status, createdAt.toInstant().toString(),
                finishedAt == null ? null : finishedAt.toInstant().toString(), lastEventId);
    }
}
