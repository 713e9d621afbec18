package io.gatehouse.testing;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signs webhook deliveries the way Svix signs Clerk's: {@code v1,} + base64 HMAC-SHA256 of
 * {@code msg_id.timestamp.body} under the base64 key of a {@code whsec_} secret. Written here from Svix's
 * documentation, independently of the library Gatehouse verifies with.
 */
public final class SvixWebhook {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final String secret;

    private SvixWebhook(String secret) {
        this.secret = secret;
    }

    /** A fresh endpoint secret, {@code whsec_} + base64 of 24 random bytes, as Clerk's dashboard shows one. */
    public static SvixWebhook withNewSecret() {
        byte[] key = new byte[24];
        RANDOM.nextBytes(key);
        return new SvixWebhook("whsec_" + Base64.getEncoder().encodeToString(key));
    }

    public String secret() {
        return secret;
    }

    /** The {@code svix-signature} value for a delivery. */
    public String signature(String messageId, long timestampSeconds, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(Base64.getDecoder().decode(secret.substring("whsec_".length())), "HmacSHA256"));
            byte[] digest = mac.doFinal((messageId + "." + timestampSeconds + "." + body).getBytes(StandardCharsets.UTF_8));
            return "v1," + Base64.getEncoder().encodeToString(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
