package io.gatehouse.sessions.control;

import io.gatehouse.kernel.ApiProblem;
import io.gatehouse.sessions.entity.SessionException;
import io.gatehouse.kernel.FeatureException.Reason;
import io.gatehouse.http.control.Challenges;
import io.gatehouse.sessions.entity.IssuedSession;
import io.gatehouse.accounts.control.AnonymousPrincipals;
import io.gatehouse.kernel.SecurityEvent;
import io.gatehouse.kernel.SecurityEvents;
import io.gatehouse.kernel.Timed;
import io.gatehouse.kernel.TimedOperation;
import io.gatehouse.kernel.AuthRefusal;
import io.gatehouse.kernel.Caller;
import io.gatehouse.kernel.CallerKind;
import io.gatehouse.kernel.CredentialType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;

/** The session life cycle seen from a client: exchange a Clerk JWT, mint an anonymous session, log out. */
@ApplicationScoped
public class SessionExchange {

    @Inject
    SessionIssuer issuer;

    @Inject
    SessionRevoker revoker;

    @Inject
    AnonymousPrincipals anonymousPrincipals;

    @Inject
    SecurityEvents audit;

    /**
     * Exchanges the Clerk session JWT the caller authenticated with (in local mode, the local token) for a
     * session token.
     */
    @Timed(TimedOperation.EXCHANGE)
    public IssuedSession exchange(Caller caller, String userAgent, String ip) {
        if (caller.credential() == CredentialType.LOCAL_TOKEN) {
            return issuer.issue(caller.principalId(), CallerKind.LOCAL, caller.subject(), userAgent, ip);
        }
        if (caller.credential() != CredentialType.CLERK_JWT) {
            throw unauthorized("Invalid token: a session token cannot be exchanged; send a Clerk session JWT");
        }
        if (!(caller.claims().get("sid") instanceof String sid) || sid.isBlank()) {
            throw unauthorized("Invalid token: not a Clerk session token (no sid)");
        }
        return issuer.issueFromClerk(caller.principalId(), caller.subject(), userAgent, ip, sid);
    }

    /**
     * Mints a session for the device's anonymous principal, the same principal on every call (unless the sweep of
     * abandoned devices deleted it at this very moment: then a new one). Its subject is {@code anon:<principal>}: the
     * device id is a secret and never leaves {@link AnonymousPrincipals}.
     */
    public IssuedSession mintAnonymous(String deviceId, String userAgent, String ip) {
        Optional<IssuedSession> issued = Optional.empty();
        for (int attempt = 0; attempt < 3 && issued.isEmpty(); attempt++) {
            issued = issuer.issueAnonymous(anonymousPrincipals.forDevice(deviceId), userAgent, ip);
        }
        return issued.orElseThrow(() -> new IllegalStateException("the device's principal vanished three times in a row"));
    }

    /** Revokes the session the caller authenticated with. */
    public void logout(Caller caller) {
        if (caller.sessionId() == null) {
            throw new SessionException(Reason.INVALID, "no_session", "No session to revoke: send the session token, not a Clerk JWT");
        }
        revoker.revoke(caller.sessionId());
        audit.fire(SecurityEvent.logout(caller.principalId(), caller.sessionId()));
    }

    private static ApiProblem unauthorized(String detail) {
        return Challenges.problem(AuthRefusal.unauthorized("invalid_token", detail));
    }
}
