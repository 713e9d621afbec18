package io.gatehouse.secrets.entity;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * AES-256-GCM with a fresh random 12-byte IV per seal and a 128-bit tag. A sealed value is the IV followed by
 * the ciphertext and tag; opening it with other associated data, or after any byte changed, fails.
 */
public final class SecretCipher {

    static final int IV_BYTES = 12;
    static final int TAG_BITS = 128;
    /** What sealing adds to the plaintext: the IV and the tag. */
    static final int OVERHEAD = IV_BYTES + TAG_BITS / 8;
    private static final String TRANSFORMATION = "AES/GCM/NoPadding";

    private final SecretKey key;
    private final SecureRandom random = new SecureRandom();

    public SecretCipher(byte[] key) {
        if (key.length != SecretKeyRules.KEY_BYTES) {
            throw new IllegalArgumentException("an AES-256 key has " + SecretKeyRules.KEY_BYTES + " bytes");
        }
        this.key = new SecretKeySpec(key, "AES");
    }

    byte[] seal(byte[] plaintext, byte[] associatedData) {
        byte[] iv = new byte[IV_BYTES];
        random.nextBytes(iv);
        try {
            Cipher cipher = Cipher.getInstance(TRANSFORMATION);
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, iv));
            cipher.updateAAD(associatedData);
            byte[] ciphertext = cipher.doFinal(plaintext);
            return ByteBuffer.allocate(IV_BYTES + ciphertext.length).put(iv).put(ciphertext).array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        }
    }

    /** The plaintext; {@link UnreadableSecret} when the key, the associated data or any byte does not match. */
    byte[] open(byte[] sealed, byte[] associatedData) {
        if (sealed == null || sealed.length < OVERHEAD) {
            throw new UnreadableSecret();
        }
        try {
            Cipher cipher = Cipher.getInstance(TRANSFORMATION);
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, Arrays.copyOf(sealed, IV_BYTES)));
            cipher.updateAAD(associatedData);
            return cipher.doFinal(sealed, IV_BYTES, sealed.length - IV_BYTES);
        } catch (GeneralSecurityException e) {
            throw new UnreadableSecret();
        }
    }

    @Override
    public String toString() {
        return "SecretCipher[AES-256-GCM]";
    }

    /** A stored secret that does not decrypt: another key, or a changed row. Carries no data. */
    public static final class UnreadableSecret extends RuntimeException {

        UnreadableSecret() {
            super("stored secret does not decrypt (another SECRETS_KEY, or the row was changed)", null, false, false);
        }
    }
}
