package io.gatehouse.accounts.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A user's role in an organization, as the user's latest token said. */
@Entity
@Table(name = "memberships")
@IdClass(Membership.Key.class)
public class Membership {

    @Id
    @Column(name = "organization_id")
    private UUID organizationId;

    @Id
    @Column(name = "principal_id")
    private UUID principalId;

    @Column(nullable = false)
    private String role;

    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;

    protected Membership() {
    }

    public Membership(UUID organizationId, UUID principalId, String role, OffsetDateTime now) {
        this.organizationId = organizationId;
        this.principalId = principalId;
        this.role = role;
        this.updatedAt = now;
    }

    public UUID organizationId() {
        return organizationId;
    }

    public String role() {
        return role;
    }

    public void takeRole(String newRole, OffsetDateTime now) {
        if (!newRole.equals(role)) {
            role = newRole;
            updatedAt = now;
        }
    }

    /** The JPA id class: field names and types match the two {@code @Id} fields. */
    public static class Key implements Serializable {

        private static final long serialVersionUID = 1L;

        private UUID organizationId;
        private UUID principalId;

        public Key() {
        }

        public Key(UUID organizationId, UUID principalId) {
            this.organizationId = organizationId;
            this.principalId = principalId;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && organizationId.equals(key.organizationId)
                    && principalId.equals(key.principalId);
        }

        @Override
        public int hashCode() {
            return 31 * organizationId.hashCode() + principalId.hashCode();
        }
    }
}
