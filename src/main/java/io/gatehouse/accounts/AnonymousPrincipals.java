package io.gatehouse.accounts;

import io.gatehouse.persistence.FindOrCreate;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;

/** One anonymous principal per device id, also when many first mints race (the unique device_id decides). */
@ApplicationScoped
public class AnonymousPrincipals {

    @PersistenceContext
    EntityManager em;

    @Inject
    FindOrCreate findOrCreate;

    @Inject
    Clock clock;

    public UUID forDevice(String deviceId) {
        return findOrCreate.apply(() -> find(deviceId).map(Principal::id), () -> create(deviceId));
    }

    /** The anonymous principal of a device, if the device was ever used. */
    public Optional<Principal> find(String deviceId) {
        return em.createNamedQuery(Principal.BY_DEVICE, Principal.class)
                .setParameter("device", deviceId)
                .getResultStream()
                .findFirst();
    }

    /** The device's anonymous principal, locked until the current transaction ends. */
    public Optional<Principal> findForUpdate(String deviceId) {
        return em.createNamedQuery(Principal.BY_DEVICE, Principal.class)
                .setParameter("device", deviceId)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream()
                .findFirst();
    }

    private UUID create(String deviceId) {
        Principal principal = Principal.anonymous(deviceId, OffsetDateTime.now(clock));
        em.persist(principal);
        em.flush();
        return principal.id();
    }
}
