package io.gatehouse.agents.entity;

import io.gatehouse.kernel.TokenHash;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/** An agent token of a user, stored as the hex SHA-256 of the token. */
@Entity
@Table(name = "agent_tokens")
@NamedQuery(name = AgentToken.ACTIVE_OF_OWNER,
        query = "SELECT t FROM AgentToken t WHERE t.ownerId = :owner AND t.revokedAt IS NULL AND t.expiresAt > :now"
                + " ORDER BY t.createdAt, t.id")
@NamedQuery(name = AgentToken.ACTIVE,
        query = "SELECT t FROM AgentToken t WHERE t.revokedAt IS NULL AND t.expiresAt > :now AND t.id > :after ORDER BY t.id")
@NamedQuery(name = "AgentToken.seen",
        query = "UPDATE AgentToken t SET t.lastUsedAt = :seen WHERE t.id = :id AND (t.lastUsedAt IS NULL OR t.lastUsedAt < :seen)")
public class AgentToken {

    public static final String ACTIVE_OF_OWNER = "AgentToken.activeOfOwner";
    public static final String ACTIVE = "AgentToken.active";

    @Id
    private UUID id;

    @Column(name = "owner_id", nullable = false, updatable = false)
    private UUID ownerId;

    @Column(nullable = false)
    private String name;

    @Column(name = "token_hash", nullable = false, updatable = false)
    private String tokenHash;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @Column(name = "revoked_at")
    private OffsetDateTime revokedAt;

    @Column(name = "expires_at", nullable = false)
    private OffsetDateTime expiresAt;

    /** The last use, to within SESSION_ACTIVITY_GRANULARITY_SECONDS (written by sessions.SessionActivityFlush). */
    @Column(name = "last_used_at")
    private OffsetDateTime lastUsedAt;

    protected AgentToken() {
    }

    public AgentToken(UUID ownerId, String name, TokenHash hash, OffsetDateTime now, OffsetDateTime expiresAt) {
        this.id = UUID.randomUUID();
        this.ownerId = ownerId;
        this.name = name;
        this.tokenHash = hash.hex();
        this.createdAt = now;
        this.expiresAt = expiresAt;
    }

    public UUID id() {
        return id;
    }

    public UUID ownerId() {
        return ownerId;
    }

    public String name() {
        return name;
    }

    public TokenHash tokenHash() {
        return TokenHash.fromHex(tokenHash);
    }

    public OffsetDateTime createdAt() {
        return createdAt;
    }

    public OffsetDateTime expiresAt() {
        return expiresAt;
    }

    public OffsetDateTime lastUsedAt() {
        return lastUsedAt;
    }

    public boolean revoked() {
        return revokedAt != null;
    }

    public void revoke(OffsetDateTime now) {
        revokedAt = now;
    }
}
