package io.gatehouse.publishing.control;

import io.gatehouse.publishing.entity.ProjectShare;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/** Counts one read of a share page: one atomic {@code views = views + 1}, committed on its own. */
@ApplicationScoped
public class ViewCounter {

    @PersistenceContext
    EntityManager em;

    /** Whether a share with this slug exists (and so was counted). */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean count(String slug) {
        return em.createNamedQuery(ProjectShare.COUNT_VIEW).setParameter("slug", slug).executeUpdate() > 0;
    }
}
