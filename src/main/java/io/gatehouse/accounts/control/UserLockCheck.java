package io.gatehouse.accounts.control;

import io.gatehouse.accounts.entity.LockReason;
import io.gatehouse.accounts.entity.UserAccount;
import io.gatehouse.accounts.entity.UserCacheStale;
import io.gatehouse.accounts.entity.UserLockChanged;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Whether a user is locked out, for the Clerk-JWT path: read from the database at most once a second per user,
 * so a lock set on any instance of a cluster is enforced everywhere within a second, and forgotten at once on
 * the instance that changed it (and on the others as soon as its notice arrives). Bounded: past {@link #MAX_REMEMBERED} users the memory starts afresh.
 */
@ApplicationScoped
public class UserLockCheck {

    static final long FRESH_MILLIS = 1_000;
    static final int MAX_REMEMBERED = 100_000;

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    UserCacheNotices notices;

    private final Map<UUID, Checked> checked = new ConcurrentHashMap<>();

    /** Why the user may not sign in, if they may not; a user Gatehouse does not know is not locked. */
    public Optional<LockReason> of(UUID principalId) {
        long now = clock.millis();
        Checked known = checked.get(principalId);
        if (known == null || now - known.atMillis() >= FRESH_MILLIS) {
            UserAccount account = em.find(UserAccount.class, principalId);
            known = new Checked(account == null ? null : account.lockReason().orElse(null), now);
            if (checked.size() >= MAX_REMEMBERED) {
                checked.clear();
            }
            checked.put(principalId, known);
        }
        return Optional.ofNullable(known.reason());
    }

    /** A lock changed here: forgotten here and, clustered, announced so every instance forgets it at once. */
    void changed(@Observes(during = TransactionPhase.AFTER_SUCCESS) UserLockChanged change) {
        checked.remove(change.principalId());
        notices.userChanged(change.principalId(), null);
    }

    void stale(@Observes UserCacheStale stale) {
        if (stale.principalId() != null) {
            checked.remove(stale.principalId());
        }
    }

    private record Checked(LockReason reason, long atMillis) {
    }
}
