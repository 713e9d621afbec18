package io.gatehouse.kernel;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.eclipse.microprofile.jwt.Claims;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The caller as a MicroProfile {@link JsonWebToken}: the principal the authentication mechanism hands the container
 * (so {@code SecurityContext.getUserPrincipal()} is this token) and what {@code @Inject JsonWebToken} gives.
 *
 * <p>Claims: for a Clerk JWT or an OAuth access token, its verified claims; for a session, agent or local token,
 * {@code sub}, {@code exp} (the session's or agent token's expiry when it was looked up; none for the local token,
 * which never expires) and {@code sid} (the Gatehouse session id, an agent token's id; none for the local token).
 * Values have the types MicroProfile JWT gives them ({@link ClaimValues}): a claim it does not name, such as
 * {@code sid}, is a {@code JsonValue}.
 * In every case {@code sub} is {@link Caller#subject()} and {@code groups} is {@link Caller#roles()}: a
 * {@code groups} claim in a Clerk token is not a source of roles.
 *
 * <p>{@link #getName()} is the Gatehouse principal id ({@link Caller#getName()}), the same for every credential of
 * one user, not the {@code upn} claim. {@link #getRawToken()} is always {@code null} and there is no
 * {@code raw_token} claim (one in a Clerk token is left out): the principal never carries a credential.
 *
 * <p>Built once per authenticated request, so it only holds the caller; the claim map is made the first time a
 * claim is read by name.
 */
public final class CallerToken implements JsonWebToken {

    /** The session id claim (OpenID Connect's name; MicroProfile's {@link Claims} has none). */
    public static final String SID = "sid";

    /** What {@code @Inject JsonWebToken} gives a request without a caller: no name, no claims. */
    public static final CallerToken NONE = new CallerToken(null);

    private final Caller caller;
    private volatile Map<String, Object> claims;

    private CallerToken(Caller caller) {
        this.caller = caller;
    }

    public static CallerToken of(Caller caller) {
        return new CallerToken(caller);
    }

    @Override
    public String getName() {
        return caller == null ? null : caller.getName();
    }

    @Override
    public String getSubject() {
        return caller == null ? null : caller.subject();
    }

    @Override
    public Set<String> getGroups() {
        return caller == null ? Set.of() : caller.roles();
    }

    @Override
    public long getExpirationTime() {
        Object exp = claims().get(Claims.exp.name());
        return exp instanceof Number seconds ? seconds.longValue() : 0;
    }

    @Override
    public long getIssuedAtTime() {
        Object iat = claims().get(Claims.iat.name());
        return iat instanceof Number seconds ? seconds.longValue() : 0;
    }

    @Override
    public String getRawToken() {
        return null;
    }

    @Override
    public Set<String> getClaimNames() {
        return claims().keySet();
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> T getClaim(String claimName) {
        return (T) claims().get(claimName);
    }

    private Map<String, Object> claims() {
        Map<String, Object> built = claims;
        if (built == null) {
            built = caller == null ? Map.of() : claimsOf(caller);
            claims = built;
        }
        return built;
    }

    private static Map<String, Object> claimsOf(Caller caller) {
        Map<String, Object> claims = new LinkedHashMap<>();
        caller.claims().forEach((name, value) -> claims.put(name, ClaimValues.of(name, value)));
        claims.remove(Claims.raw_token.name());
        claims.put(Claims.sub.name(), caller.subject());
        claims.put(Claims.groups.name(), caller.roles());
        if (!isJwt(caller)) {
            if (caller.expiresAtMillis() > 0) {
                claims.put(Claims.exp.name(), caller.expiresAtMillis() / 1000);
            }
            if (caller.sessionId() != null) {
                claims.put(SID, ClaimValues.json(caller.sessionId().toString()));
            }
        }
        return Collections.unmodifiableMap(claims);
    }

    private static boolean isJwt(Caller caller) {
        return caller.credential() == CredentialType.CLERK_JWT || caller.credential() == CredentialType.ACCESS_TOKEN;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CallerToken token && Objects.equals(caller, token.caller);
    }

    /** Cheap: the container may put the principal in a hash set on every request. */
    @Override
    public int hashCode() {
        return caller == null ? 0 : caller.principalId().hashCode();
    }

    /** Names the caller, never a credential. */
    @Override
    public String toString() {
        return caller == null ? "CallerToken[none]"
                : "CallerToken[" + caller.getName() + ", sub=" + caller.subject() + ", groups=" + caller.roles() + "]";
    }
}
