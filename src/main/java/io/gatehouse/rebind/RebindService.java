package io.gatehouse.rebind;

import io.gatehouse.accounts.AnonymousPrincipals;
import io.gatehouse.accounts.Principal;
import io.gatehouse.audit.SecurityEvent;
import io.gatehouse.audit.SecurityEvents;
import io.gatehouse.metrics.Timed;
import io.gatehouse.metrics.TimedOperation;
import io.gatehouse.problems.ApiProblem;
import io.gatehouse.sessions.SessionRevoker;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;

/**
 * Re-owns a device's anonymous rows to a user. The anonymous principal's row is locked first, so
 * racing rebinds of one device run one after the other: the first sets the owner, the others see it.
 * Rows written by the device after a first rebind to the same user still move on the next call.
 */
@ApplicationScoped
public class RebindService {

    @PersistenceContext
    EntityManager em;

    @Inject
    AnonymousPrincipals anonymousPrincipals;

    @Inject
    Instance<OwnedRows> ownedTables;

    @Inject
    SessionRevoker sessions;

    @Inject
    Clock clock;

    @Inject
    SecurityEvents audit;

    @Timed(TimedOperation.REBIND)
    @Transactional
    public RebindResult rebind(UUID userPrincipalId, String deviceId) {
        Optional<Principal> found = anonymousPrincipals.findForUpdate(deviceId);
        if (found.isEmpty()) {
            return RebindResult.notRebound();
        }
        Principal anonymous = found.get();
        Rebinding earlier = em.find(Rebinding.class, anonymous.id());
        boolean firstRebind = earlier == null;
        if (firstRebind) {
            em.persist(new Rebinding(anonymous.id(), userPrincipalId, OffsetDateTime.now(clock)));
        } else if (!earlier.userId().equals(userPrincipalId)) {
            throw ApiProblem.conflict("device_already_rebound", "device " + deviceId + " already rebound to a different user");
        }
        int moved = 0;
        for (OwnedRows table : ownedTables) {
            moved += table.move(anonymous.id(), userPrincipalId);
        }
        sessions.revokeAllOf(anonymous.id());
        audit.fire(SecurityEvent.rebind(userPrincipalId, anonymous.id(), moved, firstRebind));
        return firstRebind ? RebindResult.rebound(moved, anonymous.id().toString()) : RebindResult.notRebound();
    }
}
