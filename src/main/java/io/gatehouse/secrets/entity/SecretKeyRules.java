package io.gatehouse.secrets.entity;

import java.util.Base64;
import java.util.Optional;

/**
 * What a {@code SECRETS_KEY} must be: standard base64 of exactly 32 bytes that look random. Answers which
 * rule a key breaks, never echoing the key.
 */
public final class SecretKeyRules {

    static final int KEY_BYTES = 32;
    static final int MIN_DISTINCT_BYTES = 16;
    private static final String GENERATE = "; generate one, e.g. openssl rand -base64 32";

    private SecretKeyRules() {
    }

    /** The rule the key breaks, or empty when it is acceptable. */
    public static Optional<String> broken(String encoded) {
        if (encoded == null || encoded.isBlank()) {
            return Optional.of("SECRETS_KEY must be set when SECRETS_ENABLED=true" + GENERATE);
        }
        byte[] key;
        try {
            key = Base64.getDecoder().decode(encoded.trim());
        } catch (IllegalArgumentException notBase64) {
            return Optional.of("SECRETS_KEY must be base64 (standard alphabet)" + GENERATE);
        }
        if (key.length != KEY_BYTES) {
            return Optional.of("SECRETS_KEY must decode to exactly " + KEY_BYTES + " bytes (it decodes to "
                    + key.length + ")" + GENERATE);
        }
        if (distinct(key) < MIN_DISTINCT_BYTES) {
            return Optional.of("SECRETS_KEY is too weak (fewer than " + MIN_DISTINCT_BYTES + " distinct byte values)"
                    + GENERATE);
        }
        return Optional.empty();
    }

    /** The key bytes of an acceptable key ({@link #broken} is empty). */
    public static byte[] decode(String encoded) {
        return Base64.getDecoder().decode(encoded.trim());
    }

    private static int distinct(byte[] key) {
        boolean[] seen = new boolean[256];
        int count = 0;
        for (byte b : key) {
            if (!seen[b & 0xff]) {
                seen[b & 0xff] = true;
                count++;
            }
        }
        return count;
    }
}
