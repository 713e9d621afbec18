package io.gatehouse.profile;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A principal's plan and credit usage. */
@Entity
@Table(name = "profiles")
@NamedQuery(name = Profile.SPEND_ONE, query = "UPDATE Profile p SET p.creditsUsed = p.creditsUsed + 1 "
        + "WHERE p.principalId = :principal AND p.plan = :plan AND p.creditsUsed < :total")
public class Profile {

    static final String FREE_PLAN = "free";
    static final String SPEND_ONE = "Profile.spendOne";

    @Id
    @Column(name = "principal_id")
    private UUID principalId;

    @Column(nullable = false)
    private String plan;

    @Column(name = "credits_used", nullable = false)
    private int creditsUsed;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    protected Profile() {
    }

    Profile(UUID principalId, OffsetDateTime createdAt) {
        this.principalId = principalId;
        this.plan = FREE_PLAN;
        this.createdAt = createdAt;
    }

    String plan() {
        return plan;
    }

    int creditsUsed() {
        return creditsUsed;
    }
}
