package io.gatehouse.sessions.entity;

import io.gatehouse.kernel.TokenHash;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/** One entry of the revocation journal ({@link RevocationJournal}). */
@Entity
@Table(name = "revoked_tokens")
@NamedQuery(name = RevokedToken.AFTER,
        query = "SELECT r FROM RevokedToken r WHERE r.revokedAt >= :since AND (r.revokedAt > :since OR r.tokenHash > :after)"
                + " ORDER BY r.revokedAt, r.tokenHash")
@NamedQuery(name = RevokedToken.OLDEST_BEFORE,
        query = "SELECT r.revokedAt FROM RevokedToken r WHERE r.revokedAt < :before ORDER BY r.revokedAt")
@NamedQuery(name = RevokedToken.DELETE_UP_TO,
        query = "DELETE FROM RevokedToken r WHERE r.revokedAt < :before AND r.revokedAt <= :upTo")
public class RevokedToken {

    public static final String AFTER = "RevokedToken.after";
    public static final String OLDEST_BEFORE = "RevokedToken.oldestBefore";
    public static final String DELETE_UP_TO = "RevokedToken.deleteUpTo";

    @Id
    @Column(name = "id", length = 36)
    private String id;

    @Column(name = "token_hash", nullable = false, length = 64)
    private String tokenHash;

    @Column(name = "revoked_at", nullable = false)
    private OffsetDateTime revokedAt;

    protected RevokedToken() {
    }

    public RevokedToken(TokenHash hash, OffsetDateTime revokedAt) {
        this.id = UUID.randomUUID().toString();
        this.tokenHash = hash.hex();
        this.revokedAt = revokedAt;
    }

    public TokenHash hash() {
        return TokenHash.fromHex(tokenHash.trim());
    }

    public String hex() {
        return tokenHash.trim();
    }

    public OffsetDateTime revokedAt() {
        return revokedAt;
    }
}
