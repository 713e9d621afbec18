package io.gatehouse.research.control;

import io.gatehouse.research.entity.ResearchRun;
import io.gatehouse.rebind.control.OwnedRows;
import io.gatehouse.rebind.entity.OwnerColumn;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.UUID;

/** Research runs move with a rebind, together with the projects they belong to; their events follow the run. */
@ApplicationScoped
public class ResearchRows implements OwnedRows {

    @PersistenceContext
    EntityManager em;

    @Override
    public int move(UUID from, UUID to) {
        return em.createNamedQuery(ResearchRun.REOWN)
                .setParameter("from", from)
                .setParameter("to", to)
                .executeUpdate();
    }

    @Override
    public OwnerColumn ownerColumn() {
        return new OwnerColumn("research_runs", "owner_id");
    }
}
