package io.gatehouse.accounts.entity;

import io.gatehouse.kernel.CallerKind;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/** An owner of rows: a signed-in user or an anonymous device (known by the hash of its device id, never the id). */
@Entity
@Table(name = "principals")
@NamedQuery(name = Principal.BY_DEVICE, query = "SELECT p FROM Principal p WHERE p.deviceHash = :device")
public class Principal {

    public static final String BY_DEVICE = "Principal.byDevice";

    @Id
    private UUID id;

    @Column(nullable = false)
    private String kind;

    /** {@link DeviceIdHash} of the device id; unique, so racing first mints of one device end as one principal. */
    @Column(name = "device_hash")
    private String deviceHash;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    protected Principal() {
    }

    private Principal(CallerKind kind, String deviceHash, OffsetDateTime createdAt) {
        this.id = UUID.randomUUID();
        this.kind = kind.label();
        this.deviceHash = deviceHash;
        this.createdAt = createdAt;
    }

    public static Principal anonymous(String deviceHash, OffsetDateTime now) {
        return new Principal(CallerKind.ANONYMOUS, deviceHash, now);
    }

    public static Principal user(CallerKind kind, OffsetDateTime now) {
        return new Principal(kind, null, now);
    }

    public UUID id() {
        return id;
    }
}
