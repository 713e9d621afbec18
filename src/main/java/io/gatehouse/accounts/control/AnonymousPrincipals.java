package io.gatehouse.accounts.control;

import io.gatehouse.accounts.entity.Principal;
import io.gatehouse.kernel.DeviceIdHash;
import io.gatehouse.persistence.control.FindOrCreate;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;

/**
 * One anonymous principal per device id, also when many first mints race (the unique device_hash decides). The
 * device id is hashed on the way in ({@link DeviceIdHash}) and goes no further than this class.
 */
@ApplicationScoped
public class AnonymousPrincipals {

    /** Prefix of an anonymous principal's subject (introspection's {@code sub}): never the device id. */
    public static final String SUBJECT_PREFIX = "anon:";

    @PersistenceContext
    EntityManager em;

    @Inject
    FindOrCreate findOrCreate;

    @Inject
    Clock clock;

    public UUID forDevice(String deviceId) {
        String hash = DeviceIdHash.of(deviceId);
        return findOrCreate.apply(() -> findByHash(hash).map(Principal::id), () -> create(hash));
    }

    /** The subject an anonymous principal's sessions carry: {@code anon:<principal uuid>}. */
    public static String subjectOf(UUID principalId) {
        return SUBJECT_PREFIX + principalId;
    }

    /** The anonymous principal of a device, if the device was ever used. */
    public Optional<Principal> find(String deviceId) {
        return findByHash(DeviceIdHash.of(deviceId));
    }

    /** The device's anonymous principal, locked until the current transaction ends. */
    public Optional<Principal> findForUpdate(String deviceId) {
        return em.createNamedQuery(Principal.BY_DEVICE, Principal.class)
                .setParameter("device", DeviceIdHash.of(deviceId))
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream()
                .findFirst();
    }

    private Optional<Principal> findByHash(String hash) {
        return em.createNamedQuery(Principal.BY_DEVICE, Principal.class)
                .setParameter("device", hash)
                .getResultStream()
                .findFirst();
    }

    private UUID create(String hash) {
        Principal principal = Principal.anonymous(hash, OffsetDateTime.now(clock));
        em.persist(principal);
        em.flush();
        return principal.id();
    }
}
