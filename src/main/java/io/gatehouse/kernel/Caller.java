package io.gatehouse.kernel;

import java.security.Principal;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The authenticated caller of one request.
 *
 * @param principalId the principal that owns what this caller writes
 * @param kind        who is calling
 * @param credential  what was presented
 * @param subject     the Clerk user id ({@code local-auth-user} for the local admin), {@code anon:<principal id>}
 *                    for an anonymous caller (never the device id, a secret), or {@code agent:<token id>} for an agent
 * @param sessionId   the session behind a session token (the token's id for an agent token), else {@code null}
 * @param claims      the verified claims of a Clerk JWT, else an empty map
 * @param expiresAtMillis when the credential stops being accepted (epoch millis): the expiry the session or agent
 *                    token had when it was looked up, a JWT's {@code exp}; {@code 0} for the local token, which never
 *                    expires
 */
public record Caller(UUID principalId, CallerKind kind, CredentialType credential, String subject,
        UUID sessionId, Map<String, Object> claims, long expiresAtMillis) implements Principal {

    /** Request attribute under which the mechanism leaves the caller for the rest of the request. */
    public static final String ATTRIBUTE = Caller.class.getName();

    public Caller {
        claims = claims == null ? Map.of() : claims;
    }

    /** A caller whose credential has no known expiry. */
    public Caller(UUID principalId, CallerKind kind, CredentialType credential, String subject, UUID sessionId,
            Map<String, Object> claims) {
        this(principalId, kind, credential, subject, sessionId, claims, 0);
    }

    @Override
    public String getName() {
        return principalId.toString();
    }

    public Set<String> roles() {
        return Roles.of(kind);
    }

    public boolean hasRole(String role) {
        return roles().contains(role);
    }

    /** Whether the caller may use this OAuth scope: an access token within its scopes, every other credential always. */
    public boolean grants(String scope) {
        return credential != CredentialType.ACCESS_TOKEN || OAuthScopes.of(claims).contains(scope);
    }

    public boolean isAnonymous() {
        return kind == CallerKind.ANONYMOUS;
    }
}
