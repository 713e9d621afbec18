package io.gatehouse.accounts.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A Clerk organization some user's token named as active. */
@Entity
@Table(name = "organizations")
@NamedQuery(name = Organization.BY_CLERK_ID, query = "SELECT o FROM Organization o WHERE o.clerkOrgId = :clerkOrgId")
public class Organization {

    public static final String BY_CLERK_ID = "Organization.byClerkId";

    @Id
    private UUID id;

    @Column(name = "clerk_org_id", nullable = false, updatable = false)
    private String clerkOrgId;

    private String slug;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    protected Organization() {
    }

    public Organization(String clerkOrgId, String slug, OffsetDateTime now) {
        this.id = UUID.randomUUID();
        this.clerkOrgId = clerkOrgId;
        this.slug = slug;
        this.createdAt = now;
    }

    public UUID id() {
        return id;
    }

    public String slug() {
        return slug;
    }

    /** Keeps the slug Clerk last reported. */
    public void takeSlug(String newSlug) {
        if (newSlug != null && !newSlug.equals(slug)) {
            slug = newSlug;
        }
    }
}
