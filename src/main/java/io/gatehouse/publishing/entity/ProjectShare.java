package io.gatehouse.publishing.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A published project: its public slug, when it was first published and how often its page was read.
 * The owner is the project's; the feed queries join projects and users to name the creator.
 */
@Entity
@Table(name = "project_shares")
@NamedQuery(name = ProjectShare.BY_SLUG, query = "SELECT s FROM ProjectShare s WHERE s.slug = :slug")
@NamedQuery(name = ProjectShare.COUNT_VIEW, query = "UPDATE ProjectShare s SET s.views = s.views + 1 WHERE s.slug = :slug")
@NamedQuery(name = ProjectShare.OWNED_PROJECT_NAME,
        query = "SELECT p.name FROM Project p WHERE p.id = :id AND p.ownerId = :owner")
@NamedQuery(name = ProjectShare.CREATOR_BY_HANDLE, query = "SELECT u FROM UserAccount u WHERE u.handle = :handle")
@NamedQuery(name = ProjectShare.ROW_BY_SLUG, query = ProjectShare.ROWS + " AND s.slug = :slug")
@NamedQuery(name = ProjectShare.ROWS_OF_OWNER, query = ProjectShare.ROWS + " AND p.ownerId = :owner"
        + ProjectShare.BY_RECENT)
@NamedQuery(name = ProjectShare.RECENT_FIRST, query = ProjectShare.ROWS + ProjectShare.BY_RECENT)
@NamedQuery(name = ProjectShare.RECENT_AFTER, query = ProjectShare.ROWS
        + " AND (s.publishedAt < :at OR (s.publishedAt = :at AND s.projectId < :id))" + ProjectShare.BY_RECENT)
@NamedQuery(name = ProjectShare.POPULAR_FIRST, query = ProjectShare.ROWS + ProjectShare.BY_POPULAR)
@NamedQuery(name = ProjectShare.POPULAR_AFTER, query = ProjectShare.ROWS
        + " AND (s.views < :views OR (s.views = :views AND s.projectId < :id))" + ProjectShare.BY_POPULAR)
public class ProjectShare {

    public static final String BY_SLUG = "ProjectShare.bySlug";
    public static final String COUNT_VIEW = "ProjectShare.countView";
    public static final String OWNED_PROJECT_NAME = "ProjectShare.ownedProjectName";
    public static final String CREATOR_BY_HANDLE = "ProjectShare.creatorByHandle";
    public static final String ROW_BY_SLUG = "ProjectShare.rowBySlug";
    public static final String ROWS_OF_OWNER = "ProjectShare.rowsOfOwner";
    public static final String RECENT_FIRST = "ProjectShare.recentFirst";
    public static final String RECENT_AFTER = "ProjectShare.recentAfter";
    public static final String POPULAR_FIRST = "ProjectShare.popularFirst";
    public static final String POPULAR_AFTER = "ProjectShare.popularAfter";

    /** A share with what its document needs: the share, project name, handle, preferred name, name. */
    static final String ROWS = "SELECT s, p.name, u.handle, u.preferredName, u.name"
            + " FROM ProjectShare s, Project p, UserAccount u WHERE p.id = s.projectId AND u.principalId = p.ownerId";
    static final String BY_RECENT = " ORDER BY s.publishedAt DESC, s.projectId DESC";
    static final String BY_POPULAR = " ORDER BY s.views DESC, s.projectId DESC";

    @Id
    @Column(name = "project_id")
    private UUID projectId;

    @Column(nullable = false)
    private String slug;

    @Column(name = "published_at", nullable = false)
    private OffsetDateTime publishedAt;

    @Column(nullable = false)
    private long views;

    protected ProjectShare() {
    }

    public ProjectShare(UUID projectId, String slug, OffsetDateTime publishedAt) {
        this.projectId = projectId;
        this.slug = slug;
        this.publishedAt = publishedAt;
    }

    public UUID projectId() {
        return projectId;
    }

    public String slug() {
        return slug;
    }

    public OffsetDateTime publishedAt() {
        return publishedAt;
    }

    public long views() {
        return views;
    }

    /** A republish may change the slug; the first publication time and the views stay. */
    public void moveTo(String newSlug) {
        this.slug = newSlug;
    }
}
