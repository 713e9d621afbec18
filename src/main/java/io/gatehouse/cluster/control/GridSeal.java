package io.gatehouse.cluster.control;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.concurrent.atomic.AtomicLong;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Authenticates what this cluster's members write to the data grid: each value is stored as
 * {@code g1:<mac>:<value>}, the MAC an HMAC-SHA256 under {@code CLUSTER_SECRET} over the entry's key and value,
 * so a value is bound to the key it was written under (copied to another token's key it fails). A value whose
 * MAC does not verify (written by a process without the secret, or by a release that did not seal) is treated as
 * absent and counted.
 */
public final class GridSeal {

    /** The shortest secret accepted: 32 characters, e.g. {@code openssl rand -base64 32}. */
    static final int MIN_SECRET_LENGTH = 32;

    private static final String PREFIX = "g1:";
    private static final int MAC_CHARS = 43;
    private static final Base64.Encoder BASE64 = Base64.getUrlEncoder().withoutPadding();

    private final ThreadLocal<Mac> macs;
    private final AtomicLong rejected = new AtomicLong();

    public GridSeal(String secret) {
        if (secret == null || secret.strip().length() < MIN_SECRET_LENGTH) {
            throw new IllegalArgumentException("the cluster secret must have at least " + MIN_SECRET_LENGTH
                    + " characters");
        }
        SecretKeySpec key = new SecretKeySpec(secret.strip().getBytes(StandardCharsets.UTF_8), "HmacSHA256");
        this.macs = ThreadLocal.withInitial(() -> {
            try {
                Mac mac = Mac.getInstance("HmacSHA256");
                mac.init(key);
                return mac;
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("HmacSHA256 is not available", e);
            }
        });
    }

    /**
     * The seal of a member that found others: without the secret it must not start clustered, or any host that
     * reaches the grid could mint tokens.
     */
    static GridSeal forClusterMember(String secret) {
        try {
            return new GridSeal(secret);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("This instance found other members through the data grid, but "
                    + "CLUSTER_SECRET is not set or too short: every member of a cluster needs the same secret of at "
                    + "least " + MIN_SECRET_LENGTH + " characters (e.g. openssl rand -base64 32), or CLUSTER_MODE=off "
                    + "to run alone. Refusing to start clustered without it.");
        }
    }

    /** The value as stored under {@code key}: sealed. */
    public String seal(String key, String value) {
        return PREFIX + mac(key, value) + ':' + value;
    }

    /** The value stored under {@code key} if its seal verifies; null (and counted) if it does not; null for null. */
    public String open(String key, Object stored) {
        if (stored == null) {
            return null;
        }
        if (stored instanceof String text && text.length() > PREFIX.length() + MAC_CHARS
                && text.startsWith(PREFIX) && text.charAt(PREFIX.length() + MAC_CHARS) == ':') {
            String value = text.substring(PREFIX.length() + MAC_CHARS + 1);
            byte[] claimed = text.substring(PREFIX.length(), PREFIX.length() + MAC_CHARS).getBytes(StandardCharsets.US_ASCII);
            byte[] expected = mac(key, value).getBytes(StandardCharsets.US_ASCII);
            if (MessageDigest.isEqual(claimed, expected)) {
                return value;
            }
        }
        rejected.incrementAndGet();
        return null;
    }

    /** Values refused since start-up because their seal did not verify. */
    public long rejected() {
        return rejected.get();
    }

    private String mac(String key, String value) {
        Mac mac = macs.get();
        mac.update(key.getBytes(StandardCharsets.UTF_8));
        mac.update((byte) 0);
        return BASE64.encodeToString(mac.doFinal(value.getBytes(StandardCharsets.UTF_8)));
    }
}
