package io.gatehouse.kernel;

import io.gatehouse.kernel.CallerKind;
import java.security.SecureRandom;
import java.util.Base64;

/** Mints session and agent tokens: 256 bits from {@link SecureRandom}, base64url, with a prefix that tells their kind. */
public final class SessionTokens {

    public static final String USER_PREFIX = "msc_";
    public static final String ANONYMOUS_PREFIX = "ms_sess_";
    /** Agent tokens: long-lived, held in the same cache as sessions. */
    public static final String AGENT_PREFIX = "mca_";

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

    private SessionTokens() {
    }

    public static String mint(CallerKind kind) {
        String prefix = switch (kind) {
            case ANONYMOUS -> ANONYMOUS_PREFIX;
            case AGENT -> AGENT_PREFIX;
            default -> USER_PREFIX;
        };
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return prefix + ENCODER.encodeToString(bytes);
    }

    /** Whether the token has the shape of one Gatehouse minted (a session or an agent token). */
    public static boolean looksLikeOpaqueToken(String token) {
        return token.startsWith(USER_PREFIX) || token.startsWith(ANONYMOUS_PREFIX) || token.startsWith(AGENT_PREFIX);
    }
}
