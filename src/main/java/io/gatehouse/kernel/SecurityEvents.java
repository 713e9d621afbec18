package io.gatehouse.kernel;

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
    ClientAddresses clientAddress;

    public void fire(SecurityEvent event) {
        HttpServletRequest request = requestInProgress();
        notify(event.from(request == null ? null : clientAddress.of(request), sessionOf(event, request)));
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
