package io.gatehouse.publishing.control;

import io.gatehouse.publishing.entity.PublishingException;
import io.gatehouse.kernel.FeatureException.Reason;
import io.gatehouse.accounts.entity.UserAccount;
import io.gatehouse.publishing.entity.Creator;
import io.gatehouse.publishing.entity.ProjectShare;
import io.gatehouse.publishing.entity.ProjectTag;
import io.gatehouse.publishing.entity.PublishRequest;
import io.gatehouse.publishing.entity.PublishingProblems;
import io.gatehouse.publishing.entity.ShareDocument;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;

/**
 * Publishes and unpublishes a caller's own project. Another principal's project, an unknown one and an
 * id that is not a UUID are all "not found". Publishing again changes slug and tags only.
 */
@ApplicationScoped
public class Publisher {

    @PersistenceContext
    EntityManager em;

    @Inject
    Handles handles;

    @Inject
    Clock clock;

    @Transactional
    public ShareDocument publish(UUID caller, String projectId, PublishRequest request) {
        UUID id = parse(projectId);
        String name = ownedProjectName(caller, id);
        UserAccount user = em.find(UserAccount.class, caller);
        if (user == null) {
            throw new PublishingException(Reason.FORBIDDEN, "forbidden", "Only a signed-in user with a profile can publish");
        }
        em.createNamedQuery(ProjectShare.BY_SLUG, ProjectShare.class).setParameter("slug", request.slug())
                .getResultList()
                .stream()
                .filter(holder -> !holder.projectId().equals(id))
                .findFirst()
                .ifPresent(holder -> {
                    throw new PublishingException(Reason.CONFLICT, "slug_taken", "slug " + request.slug() + " is already taken");
                });
        handles.settle(user, request.handle());
        ProjectShare share = em.find(ProjectShare.class, id);
        if (share == null) {
            share = new ProjectShare(id, request.slug(), OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MICROS));
            em.persist(share);
        } else {
            share.moveTo(request.slug());
        }
        flush();
        em.createNamedQuery(ProjectTag.DELETE_OF_PROJECT).setParameter("id", id).executeUpdate();
        request.tags().forEach(tag -> em.persist(new ProjectTag(id, tag)));
        flush();
        return ShareDocument.of(share, name, request.tags(), Creator.of(user.handle(), user.preferredName(), user.name()));
    }

    @Transactional
    public void unpublish(UUID caller, String projectId) {
        UUID id = parse(projectId);
        ownedProjectName(caller, id);
        ProjectShare share = em.find(ProjectShare.class, id);
        if (share == null) {
            throw PublishingProblems.notPublished();
        }
        em.remove(share);
    }

    private String ownedProjectName(UUID caller, UUID projectId) {
        return em.createNamedQuery(ProjectShare.OWNED_PROJECT_NAME, String.class)
                .setParameter("id", projectId)
                .setParameter("owner", caller)
                .getResultList()
                .stream()
                .findFirst()
                .orElseThrow(PublishingProblems::projectNotFound);
    }

    /** Writes now, so a concurrent publish that took the same slug or handle is a 409, not a 500. */
    private void flush() {
        try {
            em.flush();
        } catch (PersistenceException e) {
            throw new PublishingException(Reason.CONFLICT, "publish_conflict",
                    "Another request took this slug or handle at the same moment; try again", true, Map.of());
        }
    }

    private static UUID parse(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw PublishingProblems.projectNotFound();
        }
    }
}
