package io.gatehouse.audit.control;

import io.gatehouse.kernel.SecurityEvent;
import io.gatehouse.network.control.ClientAddress;
import io.gatehouse.kernel.AuthRefusal;
import io.gatehouse.kernel.AuthResult;
import io.gatehouse.kernel.Caller;
import io.gatehouse.kernel.SessionTokens;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Where features report security events: one call at the place it happens. The event is stamped with the
 * client address of the current request (through {@code TRUSTED_PROXIES}, as the rate limits see it) and, when
 * it concerns the caller and names no session, the caller's session; then fired to the observers, which run
 * once the surrounding transaction committed (at once without one). Reporting never fails the caller.
 */
@ApplicationScoped
public class SecurityEvents {

    private static final Logger LOG = Logger.getLogger(SecurityEvents.class.getName());

    @Inject
    Event<SecurityEvent> events;

    /** The current request, when the event happens in one (a proxy: unusable outside a request). */
    @Inject
    HttpServletRequest currentRequest;

    @Inject
    ClientAddress clientAddress;

    @Inject
    RefusedTokens refusedTokens;

    public void fire(SecurityEvent event) {
        HttpServletRequest request = requestInProgress();
        notify(event.from(request == null ? null : clientAddress.of(request), sessionOf(event, request)));
    }

    /**
     * A credential the resolver refused, if it was refused: counted (per refusal code and client address) with the
     * kind of credential its shape tells and the refusal's message, for a {@code token.refused} row written later
     * ({@link RefusedTokens}); no event, so refusals never queue in front of the security events. The token itself
     * goes no further than this method.
     */
    public void refused(AuthResult result, String token, HttpServletRequest request) {
        if (!(result instanceof AuthResult.Refused refused)) {
            return;
        }
        AuthRefusal refusal = refused.refusal();
        try {
            refusedTokens.count(refusal.code(), clientAddress.of(request), credentialOf(token), refusal.detail());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Refused token not counted", e);
        }
    }

    /** What a token looks like, by its prefix or its dots; never more of it. */
    public static String credentialOf(String token) {
        if (token.startsWith(SessionTokens.ANONYMOUS_PREFIX)) {
            return "anonymous_session";
        }
        if (token.startsWith(SessionTokens.USER_PREFIX)) {
            return "session";
        }
        if (token.startsWith(SessionTokens.AGENT_PREFIX)) {
            return "agent_token";
        }
        int dot = token.indexOf('.');
        return dot > 0 && token.indexOf('.', dot + 1) > dot ? "jwt" : "unknown";
    }

    private void notify(SecurityEvent event) {
        try {
            events.fire(event);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Security event " + event.type().label() + " not recorded", e);
        }
    }

    private HttpServletRequest requestInProgress() {
        try {
            currentRequest.getMethod();
            return currentRequest;
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static UUID sessionOf(SecurityEvent event, HttpServletRequest request) {
        if (event.sessionId() != null || event.principalId() == null || request == null) {
            return event.sessionId();
        }
        return request.getAttribute(Caller.ATTRIBUTE) instanceof Caller caller && event.principalId().equals(caller.principalId())
                ? caller.sessionId() : null;
    }
}
