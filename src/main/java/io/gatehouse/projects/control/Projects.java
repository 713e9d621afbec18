package io.gatehouse.projects.control;

import io.gatehouse.projects.entity.Project;
import io.gatehouse.projects.entity.ProjectView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

/** Creates and lists a principal's projects. */
@ApplicationScoped
public class Projects {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Transactional
    public ProjectView create(UUID ownerId, String name) {
        Project project = new Project(ownerId, name, OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MICROS));
        em.persist(project);
        return project.view();
    }

    public List<ProjectView> of(UUID ownerId) {
        return em.createNamedQuery(Project.OF_OWNER, Project.class)
                .setParameter("owner", ownerId)
                .getResultStream()
                .map(Project::view)
                .toList();
    }

    /** Whether the project exists and belongs to the principal. */
    public boolean owns(UUID ownerId, UUID projectId) {
        return em.createNamedQuery(Project.COUNT_OWNED, Long.class)
                .setParameter("id", projectId)
                .setParameter("owner", ownerId)
                .getSingleResult() > 0;
    }

    public long countOf(UUID ownerId) {
        return em.createNamedQuery(Project.COUNT_OF_OWNER, Long.class)
                .setParameter("owner", ownerId)
                .getSingleResult();
    }
}
