package io.gatehouse.plans.entity;

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
@NamedQuery(name = Profile.ADD_USED, query = "UPDATE Profile p SET p.creditsUsed = p.creditsUsed + :credits "
        + "WHERE p.principalId = :principal")
@NamedQuery(name = Profile.CLEAR_USED, query = "UPDATE Profile p SET p.creditsUsed = 0 WHERE p.principalId = :principal")
public class Profile {

    public static final String FREE_PLAN = "free";
    public static final String SPEND_ONE = "Profile.spendOne";
    public static final String ADD_USED = "Profile.addUsed";
    public static final String CLEAR_USED = "Profile.clearUsed";

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

    public Profile(UUID principalId, OffsetDateTime createdAt) {
        this.principalId = principalId;
        this.plan = FREE_PLAN;
        this.createdAt = createdAt;
    }

    public String plan() {
        return plan;
    }

    public int creditsUsed() {
        return creditsUsed;
    }
}
