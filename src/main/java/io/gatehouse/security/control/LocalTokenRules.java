package io.gatehouse.security.control;

import io.gatehouse.http.control.BearerTokenSyntax;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What a {@code LOCAL_AUTH_TOKEN} must be: long, not a value copied from an example, and a bearer token a client
 * can send ({@link BearerTokenSyntax}). Answers which rule a token breaks, never echoing the token.
 */
final class LocalTokenRules {

    static final int MIN_LENGTH = 50;
    private static final int MIN_DISTINCT_CHARACTERS = 10;
    private static final List<String> PLACEHOLDERS = List.of("changeme", "replaceme", "placeholder", "yourtoken",
            "yourlocalauthtoken", "localauthtoken", "example", "secrettoken", "insertyour");

    private LocalTokenRules() {
    }

    /** The rule the token breaks, or empty when it is acceptable. */
    static Optional<String> broken(String token) {
        if (token == null || token.isBlank()) {
            return Optional.of("LOCAL_AUTH_TOKEN must be set when AUTH_MODE=local");
        }
        if (token.length() < MIN_LENGTH) {
            return Optional.of("LOCAL_AUTH_TOKEN must be at least " + MIN_LENGTH + " characters (it has " + token.length() + ")");
        }
        String letters = token.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
        for (String placeholder : PLACEHOLDERS) {
            if (letters.contains(placeholder)) {
                return Optional.of("LOCAL_AUTH_TOKEN looks like a placeholder (it contains \"" + placeholder
                        + "\"); generate one, e.g. openssl rand -base64 48");
            }
        }
        if (token.chars().distinct().count() < MIN_DISTINCT_CHARACTERS) {
            return Optional.of("LOCAL_AUTH_TOKEN is too repetitive (fewer than " + MIN_DISTINCT_CHARACTERS
                    + " distinct characters); generate one, e.g. openssl rand -base64 48");
        }
        if (!BearerTokenSyntax.isB64Token(token)) {
            return Optional.of("LOCAL_AUTH_TOKEN must be a bearer token (RFC 6750): printable ASCII without spaces, "
                    + "only letters, digits and -._~+/ with = only at the end; generate one, e.g. openssl rand -base64 48");
        }
        return Optional.empty();
    }
}
