package io.gatehouse.secrets.control;

import io.gatehouse.secrets.entity.Secret;
import io.gatehouse.rebind.control.CredentialRows;
import io.gatehouse.rebind.entity.OwnerColumn;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.UUID;

/**
 * Secrets are credentials: they move with a rebind only when it proved possession of the device, and otherwise are
 * deleted ({@link CredentialRows}). They move as they are: the sealed values do not bind the owner, so no key is
 * needed and they move even while secrets are switched off. Where the user already has a secret of the same name
 * the user's value wins: the device's duplicate is deleted first.
 */
@ApplicationScoped
public class SecretRows implements CredentialRows {

    @PersistenceContext
    EntityManager em;

    @Override
    public int move(UUID from, UUID to) {
        List<String> usersNames = em.createNamedQuery(Secret.NAMES_OF_OWNER, String.class)
                .setParameter("owner", to)
                .getResultList();
        if (!usersNames.isEmpty()) {
            em.createNamedQuery(Secret.DELETE_NAMED)
                    .setParameter("owner", from)
                    .setParameter("names", usersNames)
                    .executeUpdate();
        }
        return em.createNamedQuery(Secret.REOWN)
                .setParameter("from", from)
                .setParameter("to", to)
                .executeUpdate();
    }

    @Override
    public int delete(UUID owner) {
        return em.createNamedQuery(Secret.DELETE_OF_OWNER)
                .setParameter("owner", owner)
                .executeUpdate();
    }

    @Override
    public OwnerColumn ownerColumn() {
        return new OwnerColumn("secrets", "owner_id");
    }
}
