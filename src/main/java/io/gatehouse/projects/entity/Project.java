package io.gatehouse.projects.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A project owned by a principal. */
@Entity
@Table(name = "projects")
@NamedQuery(name = Project.OF_OWNER, query = "SELECT p FROM Project p WHERE p.ownerId = :owner ORDER BY p.createdAt, p.id")
@NamedQuery(name = Project.COUNT_OF_OWNER, query = "SELECT COUNT(p) FROM Project p WHERE p.ownerId = :owner")
@NamedQuery(name = Project.COUNT_OWNED, query = "SELECT COUNT(p) FROM Project p WHERE p.id = :id AND p.ownerId = :owner")
@NamedQuery(name = Project.REOWN, query = "UPDATE Project p SET p.ownerId = :to WHERE p.ownerId = :from")
public class Project {

    public static final String OF_OWNER = "Project.ofOwner";
    public static final String COUNT_OF_OWNER = "Project.countOfOwner";
    public static final String COUNT_OWNED = "Project.countOwned";
    public static final String REOWN = "Project.reown";

    @Id
    private UUID id;

    @Column(name = "owner_id", nullable = false)
    private UUID ownerId;

    @Column(nullable = false)
    private String name;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    protected Project() {
    }

    public Project(UUID ownerId, String name, OffsetDateTime createdAt) {
        this.id = UUID.randomUUID();
        this.ownerId = ownerId;
        this.name = name;
        this.createdAt = createdAt;
    }

    public ProjectView view() {
        return new ProjectView(id.toString(), name, createdAt.toInstant().toString());
    }
}
