package io.gatehouse.sessions.control;

import io.gatehouse.sessions.entity.SessionCommitted;
import io.gatehouse.sessions.entity.SessionRevoked;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

/**
 * Applies committed session changes to the cache and announces revocations. Running after success
 * means a rolled-back mint never becomes valid and a rolled-back revocation never takes effect half-way.
 */
@ApplicationScoped
public class SessionCacheSync {

    @Inject
    SessionCache cache;

    @Inject
    RevocationNotices notices;

    @Inject
    Event<SessionRevoked> streamsClosed;

    void stored(@Observes(during = TransactionPhase.AFTER_SUCCESS) SessionCommitted.Stored stored) {
        cache.put(stored.hash(), stored.session());
    }

    void extended(@Observes(during = TransactionPhase.AFTER_SUCCESS) SessionCommitted.Extended extended) {
        cache.extend(extended.hash(), extended.expiresAtMillis());
    }

    void clerkSessionEnded(@Observes(during = TransactionPhase.AFTER_SUCCESS) SessionCommitted.ClerkSessionEnded ended) {
        cache.put(ended.key(), ended.entry());
        streamsClosed.fire(new SessionRevoked(ended.key()));
    }

    void revoked(@Observes(during = TransactionPhase.AFTER_SUCCESS) SessionCommitted.Revoked revoked) {
        notices.publish(revoked.hashes());
    }
}
