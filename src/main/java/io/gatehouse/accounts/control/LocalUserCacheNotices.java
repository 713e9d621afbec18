package io.gatehouse.accounts.control;

import io.gatehouse.accounts.entity.UserCacheStale;
import jakarta.enterprise.event.Event;
import java.util.UUID;

/** The single-instance {@link UserCacheNotices}, and the local part of the clustered one: fires the event here. */
public class LocalUserCacheNotices implements UserCacheNotices {

    private final Event<UserCacheStale> stale;

    public LocalUserCacheNotices(Event<UserCacheStale> stale) {
        this.stale = stale;
    }

    @Override
    public void userChanged(UUID principalId, String clerkUserId) {
        stale.fire(new UserCacheStale(principalId, clerkUserId));
    }
}
