package io.gatehouse.research.control;

import io.gatehouse.research.entity.ResearchException;
import io.gatehouse.kernel.FeatureException.Reason;
import io.gatehouse.research.entity.ResearchRun;
import io.gatehouse.research.entity.RunView;
import io.gatehouse.cluster.control.InstanceMembership;
import io.gatehouse.plans.control.Credits;
import io.gatehouse.projects.control.Projects;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/** Creates a run and takes its credit in one transaction: either both happen or neither. */
@ApplicationScoped
public class RunOpening {

    @PersistenceContext
    EntityManager em;

    @Inject
    Projects projects;

    @Inject
    Credits credits;

    @Inject
    Clock clock;

    @Inject
    InstanceMembership membership;

    @Transactional
    public RunView open(UUID ownerId, UUID projectId, String query) {
        if (!projects.owns(ownerId, projectId)) {
            throw new ResearchException(Reason.NOT_FOUND, "not_found", "Project not found");
        }
        credits.spendOne(ownerId);
        ResearchRun run = new ResearchRun(ownerId, projectId, query,
                OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MICROS), membership.localId());
        em.persist(run);
        return run.view();
    }
}
