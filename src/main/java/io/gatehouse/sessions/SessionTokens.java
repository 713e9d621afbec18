package io.gatehouse.sessions;

import io.gatehouse.security.CallerKind;
import java.security.SecureRandom;
import java.util.Base64;

/** Mints session tokens: 256 bits from {@link SecureRandom}, base64url, with a prefix that tells their kind. */
public final class SessionTokens {

    public static final String USER_PREFIX = "msc_";
    public static final String ANONYMOUS_PREFIX = "ms_sess_";

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

    private SessionTokens() {
    }

    public static String mint(CallerKind kind) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return (kind == CallerKind.ANONYMOUS ? ANONYMOUS_PREFIX : USER_PREFIX) + ENCODER.encodeToString(bytes);
    }

    public static boolean looksLikeSessionToken(String token) {
        return token.startsWith(USER_PREFIX) || token.startsWith(ANONYMOUS_PREFIX);
    }
}
