package io.gatehouse.projects.control;

import io.gatehouse.projects.entity.Project;
import io.gatehouse.rebind.control.OwnedRows;
import io.gatehouse.rebind.entity.OwnerColumn;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.UUID;

/** Projects move with a rebind. */
@ApplicationScoped
public class ProjectRows implements OwnedRows {

    @PersistenceContext
    EntityManager em;

    @Override
    public int move(UUID from, UUID to) {
        return em.createNamedQuery(Project.REOWN)
                .setParameter("from", from)
                .setParameter("to", to)
                .executeUpdate();
    }

    @Override
    public OwnerColumn ownerColumn() {
        return new OwnerColumn("projects", "owner_id");
    }
}
