package io.gatehouse.sessions;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.util.Collection;

/** Single-instance revocation notices: mark the local cache and fire the local event. */
@ApplicationScoped
public class LocalRevocationNotices implements RevocationNotices {

    @Inject
    SessionCache cache;

    @Inject
    Event<SessionRevoked> revoked;

    @Override
    public void publish(Collection<TokenHash> hashes) {
        for (TokenHash hash : hashes) {
            cache.markRevoked(hash);
            revoked.fire(new SessionRevoked(hash));
        }
    }
}
