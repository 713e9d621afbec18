package io.gatehouse.rebind.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * Records that an anonymous device was rebound to a user. Its primary key is the anonymous principal,
 * so the database itself allows one owner per device.
 */
@Entity
@Table(name = "rebinds")
public class Rebinding {

    @Id
    @Column(name = "anonymous_id")
    private UUID anonymousId;

    @Column(name = "user_id", nullable = false)
    private UUID userId;

    @Column(name = "rebound_at", nullable = false)
    private OffsetDateTime reboundAt;

    protected Rebinding() {
    }

    public Rebinding(UUID anonymousId, UUID userId, OffsetDateTime reboundAt) {
        this.anonymousId = anonymousId;
        this.userId = userId;
        this.reboundAt = reboundAt;
    }

    public UUID userId() {
        return userId;
    }
}
