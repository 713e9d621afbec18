package io.gatehouse.secrets.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * One stored secret: the sealed value of one name for one owner. The associated data binds the row's own
 * random id and the name, not the owner, so a rebind can re-own rows with one bulk update while a sealed
 * value copied into any other row (another user's, or another name) does not decrypt.
 */
@Entity
@Table(name = "secrets")
@NamedQuery(name = Secret.OF_OWNER_NAMED, query = "SELECT s FROM Secret s WHERE s.ownerId = :owner AND s.name = :name")
@NamedQuery(name = Secret.NAMES_OF_OWNER, query = "SELECT s.name FROM Secret s WHERE s.ownerId = :owner")
@NamedQuery(name = Secret.DELETE_NAMED, query = "DELETE FROM Secret s WHERE s.ownerId = :owner AND s.name IN :names")
@NamedQuery(name = Secret.REOWN, query = "UPDATE Secret s SET s.ownerId = :to WHERE s.ownerId = :from")
@NamedQuery(name = Secret.DELETE_OF_OWNER, query = "DELETE FROM Secret s WHERE s.ownerId = :owner")
public class Secret {

    public static final String OF_OWNER_NAMED = "Secret.ofOwnerNamed";
    public static final String NAMES_OF_OWNER = "Secret.namesOfOwner";
    public static final String DELETE_NAMED = "Secret.deleteNamed";
    public static final String REOWN = "Secret.reown";
    public static final String DELETE_OF_OWNER = "Secret.deleteOfOwner";

    @Id
    private UUID id;

    @Column(name = "owner_id", nullable = false)
    private UUID ownerId;

    @Column(nullable = false)
    private String name;

    @Column(nullable = false)
    private byte[] ciphertext;

    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;

    protected Secret() {
    }

    public Secret(UUID ownerId, SecretName name) {
        this.id = UUID.randomUUID();
        this.ownerId = ownerId;
        this.name = name.wire();
    }

    /** Seals the value anew (fresh IV) under this row's associated data. */
    public void seal(SecretCipher cipher, byte[] plaintext, OffsetDateTime now) {
        this.ciphertext = cipher.seal(plaintext, associatedData());
        this.updatedAt = now;
    }

    public byte[] open(SecretCipher cipher) {
        return cipher.open(ciphertext, associatedData());
    }

    private byte[] associatedData() {
        return ("gatehouse.secret.v1|" + id + "|" + name).getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        return "Secret[" + name + "]";
    }
}
