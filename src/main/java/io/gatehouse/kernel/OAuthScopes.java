package io.gatehouse.kernel;

import java.util.Arrays;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** The scopes an access token grants: its {@code scope} claim (space-separated, RFC 9068 §2.2.3), else {@code scp}. */
public final class OAuthScopes {

    /** Reads the profile and the bootstrap documents. */
    public static final String PROFILE = "profile";
    /** Adds the user's email to them. */
    public static final String EMAIL = "email";

    private OAuthScopes() {
    }

    static Set<String> of(Map<String, Object> claims) {
        Object scope = claims.get("scope");
        if (scope == null) {
            scope = claims.get("scp");
        }
        if (scope instanceof String text) {
            return Arrays.stream(text.trim().split("\\s+")).filter(s -> !s.isEmpty()).collect(Collectors.toUnmodifiableSet());
        }
        if (scope instanceof Collection<?> list) {
            return list.stream().filter(String.class::isInstance).map(String.class::cast).collect(Collectors.toUnmodifiableSet());
        }
        return Set.of();
    }
}
