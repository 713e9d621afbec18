package io.gatehouse.audit.control;

import io.gatehouse.kernel.KeyValues;
import io.gatehouse.kernel.SecurityEvent;
import io.gatehouse.kernel.SecurityEventType;
import io.gatehouse.kernel.ShortIds;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * One log line per security event on the logger {@code io.gatehouse.audit}, as {@code key=value} pairs:
 * {@code event=session.exchange user=7f3a9c1e session=0b6e21d4 ip=203.0.113.9 credential=clerk_jwt}. Users
 * and sessions appear shortened, tokens, emails and secrets never. INFO, except refused tokens: they come in
 * floods when someone attacks, so they log at FINE (turn the logger to FINE to see them; the audit trail keeps
 * them either way).
 */
@ApplicationScoped
public class AuditLog {

    static final Logger LOG = Logger.getLogger("io.gatehouse.audit");

    void onEvent(@Observes(during = TransactionPhase.AFTER_SUCCESS) SecurityEvent event) {
        Level level = event.type() == SecurityEventType.TOKEN_REFUSED ? Level.FINE : Level.INFO;
        if (LOG.isLoggable(level)) {
            LOG.log(level, line(event));
        }
    }

    static String line(SecurityEvent event) {
        String pairs = KeyValues.of("event", event.type().label())
                .and("user", ShortIds.of(event.principalId()))
                .and("session", ShortIds.of(event.sessionId()))
                .and("actor", ShortIds.of(event.actorId()))
                .and("ip", event.ip())
                .and("reason", event.reason())
                .toString();
        return event.detail() == null ? pairs : pairs + " " + event.detail();
    }
}
