package io.gatehouse.sessions.control;

import io.gatehouse.kernel.TokenHash;
import java.util.Collection;

/**
 * Tells every part of the system, on every instance, that sessions were revoked. Called after the
 * revocation committed.
 */
public interface RevocationNotices {

    void publish(Collection<TokenHash> revoked);
}
