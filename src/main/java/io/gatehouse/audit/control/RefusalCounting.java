package io.gatehouse.audit.control;

import io.gatehouse.kernel.AuthRefusal;
import io.gatehouse.kernel.AuthResult;
import io.gatehouse.kernel.ClientAddresses;
import io.gatehouse.kernel.CredentialChecked;
import io.gatehouse.kernel.TokenKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Counts each credential the resolver refused (per refusal code and client address) for a {@code token.refused} row
 * written later ({@link RefusedTokens}); no security event, so refusals never queue in front of the security events.
 * Runs in the request that presented the credential (a synchronous observer).
 */
@ApplicationScoped
public class RefusalCounting {

    private static final Logger LOG = Logger.getLogger(RefusalCounting.class.getName());

    @Inject
    RefusedTokens refusedTokens;

    @Inject
    ClientAddresses clientAddress;

    @Inject
    HttpServletRequest request;

    void onChecked(@Observes CredentialChecked checked) {
        if (!checked.resolved() || !(checked.result() instanceof AuthResult.Refused refused)) {
            return;
        }
        AuthRefusal refusal = refused.refusal();
        try {
            refusedTokens.count(refusal.code(), clientAddress.of(request), credentialOf(checked.kind()), refusal.detail());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Refused token not counted", e);
        }
    }

    /** The audit trail's name for a kind of credential. */
    public static String credentialOf(TokenKind kind) {
        return switch (kind) {
            case ANONYMOUS -> "anonymous_session";
            case SESSION -> "session";
            case AGENT -> "agent_token";
            case CLERK_JWT, ACCESS_TOKEN -> "jwt";
            default -> "unknown";
        };
    }
}
