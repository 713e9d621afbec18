package io.gatehouse.publishing.entity;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Column;
import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

/** One tag of a published project; gone with the share (a database cascade). */
@Entity
@Table(name = "project_tags")
@IdClass(ProjectTag.Key.class)
@NamedQuery(name = ProjectTag.OF_PROJECTS, query = "SELECT t FROM ProjectTag t WHERE t.projectId IN :ids")
@NamedQuery(name = ProjectTag.DELETE_OF_PROJECT, query = "DELETE FROM ProjectTag t WHERE t.projectId = :id")
@NamedQuery(name = ProjectTag.POPULAR, query = "SELECT t.tag, COUNT(t.projectId) AS n FROM ProjectTag t"
        + " GROUP BY t.tag ORDER BY n DESC, t.tag")
public class ProjectTag {

    public static final String OF_PROJECTS = "ProjectTag.ofProjects";
    public static final String DELETE_OF_PROJECT = "ProjectTag.deleteOfProject";
    public static final String POPULAR = "ProjectTag.popular";

    @Id
    @Column(name = "project_id")
    private UUID projectId;

    @Id
    private String tag;

    protected ProjectTag() {
    }

    public ProjectTag(UUID projectId, String tag) {
        this.projectId = projectId;
        this.tag = tag;
    }

    public UUID projectId() {
        return projectId;
    }

    public String tag() {
        return tag;
    }

    /** The composite key (project, tag). */
    public static class Key implements Serializable {

        private static final long serialVersionUID = 1L;

        private UUID projectId;
        private String tag;

        public Key() {
        }

        public Key(UUID projectId, String tag) {
            this.projectId = projectId;
            this.tag = tag;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(projectId, key.projectId) && Objects.equals(tag, key.tag);
        }

        @Override
        public int hashCode() {
            return Objects.hash(projectId, tag);
        }
    }
}
