package io.gatehouse.research.entity;

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

    public static final String OF_OWNER = "ResearchRun.ofOwner";
    public static final String UNFINISHED = "ResearchRun.unfinished";
    public static final String REOWN = "ResearchRun.reown";

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

    public ResearchRun(UUID ownerId, UUID projectId, String query, OffsetDateTime createdAt, String runner) {
        this.id = UUID.randomUUID();
        this.runner = runner;
        this.ownerId = ownerId;
        this.projectId = projectId;
        this.query = query;
        this.status = RunStatus.QUEUED.label();
        this.createdAt = createdAt;
    }

    /** Records that the event happened; returns the event's number. */
    public int record(RunEventType event, OffsetDateTime at) {
        status = event.statusAfter().label();
        if (event.last()) {
            finishedAt = at;
        }
        return ++lastEventId;
    }

    public UUID id() {
        return id;
    }

    public UUID ownerId() {
        return ownerId;
    }

    public RunStatus status() {
        return RunStatus.fromLabel(status);
    }

    public boolean finished() {
        return status().finished();
    }

    public int lastEventId() {
        return lastEventId;
    }

    public RunView view() {
        return new RunView(id.toString(), projectId.toString(), query, status, createdAt.toInstant().toString(),
                finishedAt == null ? null : finishedAt.toInstant().toString(), lastEventId);
    }
}
