package io.gatehouse.audit.control;

import io.gatehouse.kernel.SecurityEvents;
import io.gatehouse.kernel.KeyValues;
import io.gatehouse.kernel.SecurityEvent;
import io.gatehouse.kernel.SecurityEventType;
import io.gatehouse.kernel.CallerKind;
import io.gatehouse.sessions.entity.CachedSession;
import io.gatehouse.sessions.control.SessionCache;
import io.gatehouse.sessions.entity.SessionCommitted;
import io.gatehouse.kernel.TokenHash;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Records every revocation, whatever started it (a logout, a revocation endpoint, a rebind, a user deletion, an
 * agent token's owner, RFC 7009): it listens where every revocation passes, the {@link SessionCommitted.Revoked}
 * event fired inside the revoking transaction, and reports one event per session or agent token, which the
 * observers record only if that transaction commits. The cache says whose credential each hash was.
 */
@ApplicationScoped
public class RevocationAudit {

    private static final Logger LOG = Logger.getLogger(RevocationAudit.class.getName());

    @Inject
    SessionCache cache;

    @Inject
    SecurityEvents events;

    void revoked(@Observes SessionCommitted.Revoked revoked) {
        try {
            for (TokenHash hash : revoked.hashes()) {
                events.fire(eventFor(cache.get(hash)));
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Revocation not audited", e);
        }
    }

    static SecurityEvent eventFor(CachedSession session) {
        if (session == null) {
            return SecurityEvent.of(SecurityEventType.SESSION_REVOKE, null, null, null, "kind=unknown");
        }
        SecurityEventType type = session.kind() == CallerKind.AGENT ? SecurityEventType.AGENT_TOKEN_REVOKE
                : SecurityEventType.SESSION_REVOKE;
        return SecurityEvent.of(type, session.principalId(), session.sessionId(), null,
                KeyValues.of("kind", session.kind().label()).toString());
    }
}
