package io.gatehouse.accounts;

import io.gatehouse.security.CallerKind;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/** An owner of rows: a signed-in user or an anonymous device. */
@Entity
@Table(name = "principals")
@NamedQuery(name = Principal.BY_DEVICE, query = "SELECT p FROM Principal p WHERE p.deviceId = :device")
public class Principal {

    public static final String BY_DEVICE = "Principal.byDevice";

    @Id
    private UUID id;

    @Column(nullable = false)
    private String kind;

    @Column(name = "device_id")
    private String deviceId;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    protected Principal() {
    }

    private Principal(CallerKind kind, String deviceId, OffsetDateTime createdAt) {
        this.id = UUID.randomUUID();
        this.kind = kind.label();
        this.deviceId = deviceId;
        this.createdAt = createdAt;
    }

    static Principal anonymous(String deviceId, OffsetDateTime now) {
        return new Principal(CallerKind.ANONYMOUS, deviceId, now);
    }

    static Principal user(CallerKind kind, OffsetDateTime now) {
        return new Principal(kind, null, now);
    }

    public UUID id() {
        return id;
    }

    public String deviceId() {
        return deviceId;
    }
}
