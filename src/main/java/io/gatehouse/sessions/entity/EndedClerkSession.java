package io.gatehouse.sessions.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** A Clerk session Clerk reported ended: a JWT carrying its {@code sid} is refused. */
@Entity
@Table(name = "ended_clerk_sessions")
@NamedQuery(name = EndedClerkSession.SINCE,
        query = "SELECT e FROM EndedClerkSession e WHERE e.endedAt > :since")
@NamedQuery(name = EndedClerkSession.FORGET_BEFORE,
        query = "DELETE FROM EndedClerkSession e WHERE e.endedAt < :before")
public class EndedClerkSession {

    public static final String SINCE = "EndedClerkSession.since";
    public static final String FORGET_BEFORE = "EndedClerkSession.forgetBefore";

    @Id
    @Column(name = "clerk_session_id")
    private String clerkSessionId;

    @Column(name = "ended_at", nullable = false)
    private OffsetDateTime endedAt;

    @Column(nullable = false)
    private String reason;

    protected EndedClerkSession() {
    }

    public EndedClerkSession(String clerkSessionId, OffsetDateTime endedAt, String reason) {
        this.clerkSessionId = clerkSessionId;
        this.endedAt = endedAt;
        this.reason = reason.length() <= 32 ? reason : reason.substring(0, 32);
    }

    public String clerkSessionId() {
        return clerkSessionId;
    }

    public OffsetDateTime endedAt() {
        return endedAt;
    }
}
