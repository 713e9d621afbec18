package io.gatehouse.sessions.control;

import io.gatehouse.kernel.TokenHash;
import io.gatehouse.sessions.entity.SessionRevoked;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.util.Collection;

/**
 * Revocation notices: mark the cache (clustered, every member's copy through the data grid; all of them here
 * first, so a grid failure half-way leaves none valid on this instance) and close this instance's streams.
 */
@ApplicationScoped
public class LocalRevocationNotices implements RevocationNotices {

    @Inject
    SessionCache cache;

    @Inject
    Event<SessionRevoked> revoked;

    @Override
    public void publish(Collection<TokenHash> hashes) {
        cache.markRevoked(hashes);
        for (TokenHash hash : hashes) {
            revoked.fire(new SessionRevoked(hash));
        }
    }
}
