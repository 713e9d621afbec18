package io.gatehouse.sessions.entity;

import io.gatehouse.kernel.TokenHash;
import io.gatehouse.kernel.CallerKind;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A persisted session; the token itself is never stored, only its hash. */
@Entity
@Table(name = "sessions")
@NamedQuery(name = Session.EXTEND,
        query = "UPDATE Session s SET s.expiresAt = :expiry WHERE s.id = :id AND s.revokedAt IS NULL"
                + " AND s.expiresAt > :now AND s.expiresAt < :expiry")
@NamedQuery(name = Session.REVOKED_AT_OF_PRINCIPAL,
        query = "SELECT s FROM Session s WHERE s.principalId = :principal AND s.revokedAt = :at")
@NamedQuery(name = Session.LIVE_AFTER,
        query = "SELECT s FROM Session s WHERE s.revokedAt IS NULL AND s.expiresAt > :since AND s.id > :after ORDER BY s.id")
@NamedQuery(name = Session.REVOKE_ALL_OF_PRINCIPAL,
        query = "UPDATE Session s SET s.revokedAt = :now WHERE s.principalId = :principal AND s.revokedAt IS NULL")
@NamedQuery(name = Session.REVOKE_OTHERS_OF_PRINCIPAL,
        query = "UPDATE Session s SET s.revokedAt = :now WHERE s.principalId = :principal AND s.id <> :keep"
                + " AND s.revokedAt IS NULL AND s.expiresAt > :now")
@NamedQuery(name = Session.ACTIVE_OF_PRINCIPAL,
        query = "SELECT s FROM Session s WHERE s.principalId = :principal AND s.revokedAt IS NULL AND s.expiresAt > :now"
                + " ORDER BY s.createdAt DESC, s.id DESC")
@NamedQuery(name = Session.REVOKE_OF_CLERK_SESSION,
        query = "UPDATE Session s SET s.revokedAt = :now WHERE s.clerkSessionId = :sid AND s.revokedAt IS NULL")
@NamedQuery(name = Session.REVOKED_AT_OF_CLERK_SESSION,
        query = "SELECT s FROM Session s WHERE s.clerkSessionId = :sid AND s.revokedAt = :at")
@NamedQuery(name = Session.CLERK_SESSIONS_OF,
        query = "SELECT s.clerkSessionId, s.subject FROM Session s WHERE s.id IN :ids AND s.clerkSessionId IS NOT NULL"
                + " AND s.revokedAt IS NULL")
@NamedQuery(name = Session.SEEN,
        query = "UPDATE Session s SET s.lastSeenAt = :seen WHERE s.id = :id AND (s.lastSeenAt IS NULL OR s.lastSeenAt < :seen)")
public class Session {

    public static final String EXTEND = "Session.extend";
    public static final String REVOKED_AT_OF_PRINCIPAL = "Session.revokedAtOfPrincipal";
    public static final String LIVE_AFTER = "Session.liveAfter";
    public static final String REVOKE_ALL_OF_PRINCIPAL = "Session.revokeAllOfPrincipal";
    public static final String CLERK_SESSIONS_OF = "Session.clerkSessionsOf";
    public static final String REVOKE_OF_CLERK_SESSION = "Session.revokeOfClerkSession";
    public static final String REVOKED_AT_OF_CLERK_SESSION = "Session.revokedAtOfClerkSession";
    public static final String REVOKE_OTHERS_OF_PRINCIPAL = "Session.revokeOthersOfPrincipal";
    public static final String ACTIVE_OF_PRINCIPAL = "Session.activeOfPrincipal";
    /** Moves {@code last_seen_at} forward only: instances flushing in any order leave the newest value. */
    public static final String SEEN = "Session.seen";

    @Id
    private UUID id;

    @Column(name = "token_hash", nullable = false, updatable = false)
    private String tokenHash;

    @Column(name = "principal_id", nullable = false)
    private UUID principalId;

    @Column(nullable = false)
    private String kind;

    @Column(nullable = false)
    private String subject;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @Column(name = "expires_at", nullable = false)
    private OffsetDateTime expiresAt;

    @Column(name = "revoked_at")
    private OffsetDateTime revokedAt;

    @Column(name = "last_seen_at")
    private OffsetDateTime lastSeenAt;

    @Column(name = "user_agent")
    private String userAgent;

    private String ip;

    /** The Clerk session ({@code sid}) this session was minted from; never logged. */
    @Column(name = "clerk_session_id", updatable = false)
    private String clerkSessionId;

    protected Session() {
    }

    public Session(TokenHash hash, UUID principalId, CallerKind kind, String subject, OffsetDateTime createdAt,
            OffsetDateTime expiresAt, String userAgent, String ip, String clerkSessionId) {
        this.id = UUID.randomUUID();
        this.tokenHash = hash.hex();
        this.principalId = principalId;
        this.kind = kind.label();
        this.subject = subject;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
        this.lastSeenAt = createdAt;
        this.userAgent = truncate(userAgent, 256);
        this.ip = truncate(ip, 64);
        this.clerkSessionId = clerkSessionId;
    }

    private static String truncate(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }

    public UUID id() {
        return id;
    }

    public TokenHash tokenHash() {
        return TokenHash.fromHex(tokenHash);
    }

    public UUID principalId() {
        return principalId;
    }

    public CallerKind kind() {
        return CallerKind.fromLabel(kind);
    }

    public String subject() {
        return subject;
    }

    public OffsetDateTime createdAt() {
        return createdAt;
    }

    public OffsetDateTime expiresAt() {
        return expiresAt;
    }

    public OffsetDateTime revokedAt() {
        return revokedAt;
    }

    /** The last use flushed to the database (the creation for rows that predate the column); may lag by a minute. */
    public OffsetDateTime lastSeenAt() {
        return lastSeenAt == null ? createdAt : lastSeenAt;
    }

    public String userAgent() {
        return userAgent;
    }

    public String ip() {
        return ip;
    }

    /** The Clerk session this session was minted from, or {@code null} (anonymous, local, older rows). */
    public String clerkSessionId() {
        return clerkSessionId;
    }

    public void revoke(OffsetDateTime now) {
        if (revokedAt == null) {
            revokedAt = now;
        }
    }
}
