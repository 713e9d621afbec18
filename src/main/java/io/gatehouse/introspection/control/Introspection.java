package io.gatehouse.introspection.control;

import io.gatehouse.accounts.control.AnonymousPrincipals;
import io.gatehouse.kernel.AuthResult;
import io.gatehouse.kernel.Caller;
import io.gatehouse.security.control.CredentialResolver;
import io.gatehouse.kernel.CredentialType;
import io.gatehouse.sessions.entity.CachedSession;
import io.gatehouse.sessions.control.SessionCache;
import io.gatehouse.kernel.SessionTokens;
import io.gatehouse.kernel.TokenHash;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

/**
 * Answers whether a token is an active Gatehouse session or agent token (RFC 7662), from memory: the token is
 * checked exactly as on the request path, then its cache entry gives the instants. Anything else, a Clerk JWT
 * included, is inactive without being parsed, verified or looked up anywhere.
 */
@ApplicationScoped
public class Introspection {

    static final JsonObject INACTIVE = Json.createObjectBuilder().add("active", false).build();

    @Inject
    CredentialResolver resolver;

    @Inject
    SessionCache cache;

    public JsonObject introspect(String token) {
        if (!SessionTokens.looksLikeOpaqueToken(token)
                || !(resolver.resolve(token) instanceof AuthResult.Accepted accepted)
                || !isOpaque(accepted.caller().credential())) {
            return INACTIVE;
        }
        CachedSession session = cache.get(TokenHash.of(token));
        if (session == null || session.revoked()) {
            return INACTIVE;
        }
        return active(accepted.caller(), session);
    }

    static JsonObject active(Caller caller, CachedSession session) {
        JsonObjectBuilder answer = Json.createObjectBuilder()
                .add("active", true)
                .add("sub", subjectOf(caller))
                .add("token_type", "Bearer")
                .add("kind", caller.kind().label());
        if (session.issuedAtMillis() > 0) {
            answer.add("iat", session.issuedAtMillis() / 1000);
        }
        if (session.expiresAtMillis() != Long.MAX_VALUE) {
            answer.add("exp", session.expiresAtMillis() / 1000);
        }
        return answer.build();
    }

    /**
     * The caller's subject; for an anonymous session always {@code anon:<principal id>}, whatever its cache entry
     * carries, so a device id (a secret) cannot come out of here.
     */
    private static String subjectOf(Caller caller) {
        return caller.isAnonymous() ? AnonymousPrincipals.subjectOf(caller.principalId()) : caller.subject();
    }

    private static boolean isOpaque(CredentialType credential) {
        return credential == CredentialType.SESSION_TOKEN || credential == CredentialType.AGENT_TOKEN;
    }
}
