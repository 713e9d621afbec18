package io.gatehouse.accounts.control;

import io.gatehouse.accounts.entity.ClerkFlags;
import io.gatehouse.accounts.entity.LockReason;
import io.gatehouse.accounts.entity.Principal;
import io.gatehouse.accounts.entity.SyncedUser;
import io.gatehouse.accounts.entity.UserAccount;
import io.gatehouse.accounts.entity.UserCacheStale;
import io.gatehouse.accounts.entity.UserIdentity;
import io.gatehouse.accounts.entity.UserLockChanged;
import io.gatehouse.clerk.entity.ActiveOrganization;
import io.gatehouse.clerk.entity.ClerkProfile;
import io.gatehouse.clerk.control.ClerkProfileClaims;
import io.gatehouse.persistence.control.FindOrCreate;
import io.gatehouse.persistence.control.NewTransaction;
import io.gatehouse.kernel.CallerKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Resolves a Clerk user id to its principal, creating the user on first sight and keeping email, name
 * and the active organization's membership in step with Clerk: from the token's claims, and from the
 * Backend API when neither the token nor the stored row has email and name (at most once a minute per
 * user, so an outage is not hammered). What it remembers per user ({@link KnownClerkUsers}) is forgotten when
 * any instance deletes, bans or locks the user, and rechecked every {@code CLUSTER_RECONCILE_SECONDS}.
 */
@ApplicationScoped
public class ClerkUsers {

    @PersistenceContext
    EntityManager em;

    @Inject
    FindOrCreate findOrCreate;

    @Inject
    NewTransaction newTransaction;

    @Inject
    BackendProfiles backendProfiles;

    @Inject
    Memberships memberships;

    @Inject
    Clock clock;

    @Inject
    Event<UserLockChanged> lockChanged;

    @Inject
    @ConfigProperty(name = "cluster.reconcile-seconds", defaultValue = "10")
    int recheckSeconds;

    private final KnownClerkUsers synced = new KnownClerkUsers();

    /** The principal of the Clerk user these claims describe, synced with them. */
    public UUID principalFor(String clerkUserId, Map<String, Object> claims) {
        ClerkProfile claimed = ClerkProfileClaims.from(claims);
        Optional<ActiveOrganization> active = ActiveOrganization.from(claims);
        SyncedUser known = synced.get(clerkUserId, clock.millis(), recheckSeconds * 1000L, em);
        if (known != null && known.covers(claimed.email(), claimed.name(), active)) {
            return known.principalId();
        }
        UUID principalId = known != null ? known.principalId()
                : findOrCreate.apply(() -> principalOf(clerkUserId), () -> create(clerkUserId));
        ClerkProfile profile = claimed.complete() ? claimed : claimed.orElse(storedProfile(principalId));
        if (!profile.complete()) {
            profile = profile.orElse(backendProfiles.fetch(clerkUserId));
        }
        ClerkProfile update = profile;
        SyncedUser written = newTransaction.run(() -> absorb(principalId, update));
        if (written == null) { // deleted elsewhere since remembered here: start afresh, as on first sight
            synced.forget(clerkUserId);
            return known == null ? principalId : principalFor(clerkUserId, claims);
        }
        Optional<ActiveOrganization> mirrored = Optional.ofNullable(known).map(SyncedUser::organization);
        if (active.isPresent() && !active.equals(mirrored)) {
            memberships.sync(principalId, active.get());
            mirrored = active;
        }
        synced.put(clerkUserId, written.with(mirrored), clock.millis());
        return principalId;
    }

    /** The identity of a user principal, completed from the Backend API if it still lacks email or name. */
    public Optional<UserIdentity> identity(UUID principalId) {
        UserAccount account = em.find(UserAccount.class, principalId);
        if (account == null) {
            return Optional.empty();
        }
        UserIdentity stored = new UserIdentity(account.clerkUserId(), account.email(), account.name());
        if (stored.email() != null && stored.name() != null) {
            return Optional.of(stored);
        }
        ClerkProfile fetched = backendProfiles.fetch(account.clerkUserId());
        if (fetched.email() == null && fetched.name() == null) {
            return Optional.of(stored);
        }
        SyncedUser updated = newTransaction.run(() -> absorb(principalId, fetched));
        if (updated == null) {
            return Optional.empty();
        }
        synced.put(account.clerkUserId(), updated, clock.millis());
        return Optional.of(new UserIdentity(account.clerkUserId(), updated.email(), updated.name()));
    }

    /** The principal of a Clerk user id ({@link LocalAdmin#USER_ID} included), if Gatehouse knows the user. */
    public Optional<UUID> principalOf(String clerkUserId) {
        return find(clerkUserId).map(UserAccount::principalId);
    }

    /** Creates the user row for a Clerk user id unless it exists (a {@code user.created} event). */
    public UUID ensureExists(String clerkUserId) {
        return findOrCreate.apply(() -> principalOf(clerkUserId), () -> create(clerkUserId));
    }

    /**
     * Applies a webhook's view of a user inside the caller's transaction, unless Clerk's data of a later
     * time was already applied. Returns false for an unknown user or an out-of-date event.
     */
    @Transactional
    public boolean applyFromWebhook(String clerkUserId, ClerkProfile profile, ClerkFlags flags, long changedAt) {
        Optional<UserAccount> account = find(clerkUserId);
        if (account.isEmpty()) {
            return false;
        }
        Optional<LockReason> before = account.get().lockReason();
        boolean applied = account.get().syncFromClerk(profile.email(), profile.name(), flags, changedAt,
                OffsetDateTime.now(clock));
        if (!before.equals(account.get().lockReason())) {
            lockChanged.fire(new UserLockChanged(account.get().principalId()));
        }
        synced.forget(clerkUserId);
        return applied;
    }

    /** Forgets what this instance remembered of a deleted user, so a later sign-in starts afresh. */
    public void forget(String clerkUserId) {
        synced.forget(clerkUserId);
        backendProfiles.forget(clerkUserId);
    }

    void stale(@Observes UserCacheStale stale) {
        synced.forget(stale);
        if (stale.clerkUserId() != null) {
            backendProfiles.forget(stale.clerkUserId());
        }
    }

    private Optional<UserAccount> find(String clerkUserId) {
        return em.createNamedQuery(UserAccount.BY_CLERK_ID, UserAccount.class)
                .setParameter("clerkUserId", clerkUserId)
                .getResultStream()
                .findFirst();
    }

    private UUID create(String clerkUserId) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        Principal principal = Principal.user(CallerKind.CLERK, now);
        em.persist(principal);
        em.persist(new UserAccount(principal.id(), clerkUserId, now));
        em.flush();
        return principal.id();
    }

    private ClerkProfile storedProfile(UUID principalId) {
        UserAccount account = em.find(UserAccount.class, principalId);
        return account == null ? ClerkProfile.EMPTY : new ClerkProfile(account.email(), account.name());
    }

    /** The user's row updated with the profile; null if the user no longer exists. */
    private SyncedUser absorb(UUID principalId, ClerkProfile profile) {
        UserAccount account = em.find(UserAccount.class, principalId);
        if (account == null) {
            return null;
        }
        account.absorb(profile.email(), profile.name(), OffsetDateTime.now(clock));
        return SyncedUser.of(account);
    }
}
