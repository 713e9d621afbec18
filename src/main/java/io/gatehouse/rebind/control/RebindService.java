package io.gatehouse.rebind.control;

import io.gatehouse.rebind.entity.RebindException;
import io.gatehouse.kernel.FeatureException.Reason;
import io.gatehouse.rebind.entity.RebindResult;
import io.gatehouse.rebind.entity.Rebinding;
import io.gatehouse.accounts.control.AnonymousPrincipals;
import io.gatehouse.accounts.entity.Principal;
import io.gatehouse.kernel.SecurityEvent;
import io.gatehouse.kernel.SecurityEvents;
import io.gatehouse.kernel.Timed;
import io.gatehouse.kernel.TimedOperation;
import io.gatehouse.sessions.control.SessionRevoker;
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
 * Re-owns a device's anonymous rows to a user. The anonymous principal's row is locked first, so racing rebinds of
 * one device run one after the other: the first sets the owner, the others see it.
 *
 * <p>Proof of possession ({@code anonymous_token}, checked by {@link DevicePossession}) is needed: always with
 * {@code REBIND_PROOF=required}; and for the device's secrets ({@link CredentialRows}) to move, which only a first
 * rebind with proof does (otherwise they are deleted with the device). A later rebind by the same user moves what
 * was written since (the seed's contract) but never secrets: anyone who knows the device id can write on it after
 * the owner's rebind, so with {@code REBIND_PROOF=optional} only non-credential rows can reach the owner that way.
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
    Instance<MergedAtRebind> mergedStates;

    @Inject
    DevicePossession possession;

    @Inject
    RebindSettings settings;

    @Inject
    SessionRevoker sessions;

    @Inject
    Clock clock;

    @Inject
    SecurityEvents audit;

    /**
     * @param anonymousToken the device's anonymous session token sent as proof, or {@code null}
     */
    @Timed(TimedOperation.REBIND)
    @Transactional
    public RebindResult rebind(UUID userPrincipalId, String deviceId, String anonymousToken) {
        boolean proven = anonymousToken != null;
        if (!proven && settings.proofRequired()) {
            throw DevicePossession.required();
        }
        Optional<UUID> device = anonymousPrincipals.find(deviceId).map(Principal::id);
        if (proven) {
            possession.check(anonymousToken, device.orElse(null));
        }
        if (device.isEmpty()) {
            return RebindResult.notRebound();
        }
        UUID anonymous = device.get();
        for (MergedAtRebind state : mergedStates) {
            state.prepare(anonymous, userPrincipalId);
        }
        if (anonymousPrincipals.findForUpdate(deviceId).isEmpty()) {
            return RebindResult.notRebound();
        }
        Rebinding earlier = em.find(Rebinding.class, anonymous);
        boolean firstRebind = earlier == null;
        if (firstRebind) {
            em.persist(new Rebinding(anonymous, userPrincipalId, OffsetDateTime.now(clock)));
        } else if (!earlier.userId().equals(userPrincipalId)) {
            throw new RebindException(Reason.CONFLICT, "device_already_rebound", "device already rebound to a different user");
        }
        boolean credentialsMove = firstRebind && proven;
        int moved = 0;
        int credentialsDeleted = 0;
        for (OwnedRows table : ownedTables) {
            if (table instanceof CredentialRows credentials && !credentialsMove) {
                credentialsDeleted += credentials.delete(anonymous);
            } else {
                moved += table.move(anonymous, userPrincipalId);
            }
        }
        for (MergedAtRebind state : mergedStates) {
            state.merge(anonymous, userPrincipalId);
        }
        sessions.revokeAllOf(anonymous);
        audit.fire(SecurityEvent.rebind(userPrincipalId, anonymous, moved, firstRebind, proven, credentialsDeleted));
        return firstRebind ? RebindResult.rebound(moved, anonymous.toString(), credentialsMove, credentialsDeleted)
                : RebindResult.alreadyRebound(credentialsDeleted);
    }
}
