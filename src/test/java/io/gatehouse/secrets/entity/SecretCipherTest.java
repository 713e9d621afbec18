package io.gatehouse.secrets.entity;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class SecretCipherTest {

    static final String KEY = "ndQZuOwZoQ2pIFHC3johuVV02UDGNndkBvEpyKOSyIs=";
    private static final byte[] AAD = "gatehouse.secret.v1|row-1|github_pat".getBytes(StandardCharsets.UTF_8);
    private static final byte[] VALUE = "ghp_distinctive-value-123".getBytes(StandardCharsets.UTF_8);

    private final SecretCipher cipher = new SecretCipher(Base64.getDecoder().decode(KEY));

    @Test
    void aSealedValueOpensWithTheSameAssociatedData() {
        byte[] sealed = cipher.seal(VALUE, AAD);

        assertEquals(VALUE.length + SecretCipher.OVERHEAD, sealed.length);
        assertArrayEquals(VALUE, cipher.open(sealed, AAD));
    }

    @Test
    void theSealedValueHoldsNoPlaintextAndEverySealUsesAFreshIv() {
        byte[] first = cipher.seal(VALUE, AAD);
        byte[] second = cipher.seal(VALUE, AAD);

        assertFalse(new String(first, StandardCharsets.ISO_8859_1).contains("distinctive"));
        assertFalse(Arrays.equals(Arrays.copyOf(first, SecretCipher.IV_BYTES), Arrays.copyOf(second, SecretCipher.IV_BYTES)));
        assertFalse(Arrays.equals(first, second));
    }

    @Test
    void aChangedCiphertextDoesNotOpen() {
        byte[] sealed = cipher.seal(VALUE, AAD);
        sealed[SecretCipher.IV_BYTES + 2] ^= 1;
        assertThrows(SecretCipher.UnreadableSecret.class, () -> cipher.open(sealed, AAD));
    }

    @Test
    void aChangedIvDoesNotOpen() {
        byte[] sealed = cipher.seal(VALUE, AAD);
        sealed[0] ^= 1;
        assertThrows(SecretCipher.UnreadableSecret.class, () -> cipher.open(sealed, AAD));
    }

    @Test
    void aChangedTagDoesNotOpen() {
        byte[] sealed = cipher.seal(VALUE, AAD);
        sealed[sealed.length - 1] ^= 1;
        assertThrows(SecretCipher.UnreadableSecret.class, () -> cipher.open(sealed, AAD));
    }

    @Test
    void otherAssociatedDataDoesNotOpen() {
        byte[] sealed = cipher.seal(VALUE, AAD);
        byte[] otherRow = "gatehouse.secret.v1|row-2|github_pat".getBytes(StandardCharsets.UTF_8);
        byte[] otherName = "gatehouse.secret.v1|row-1|openai_key".getBytes(StandardCharsets.UTF_8);
        assertThrows(SecretCipher.UnreadableSecret.class, () -> cipher.open(sealed, otherRow));
        assertThrows(SecretCipher.UnreadableSecret.class, () -> cipher.open(sealed, otherName));
    }

    @Test
    void anotherKeyDoesNotOpen() {
        byte[] sealed = cipher.seal(VALUE, AAD);
        SecretCipher other = new SecretCipher(Base64.getDecoder().decode("UacHxocJ/OZTZQn+8IiLLuJ8q0xpNktT5ignH+LOrCA="));
        assertThrows(SecretCipher.UnreadableSecret.class, () -> other.open(sealed, AAD));
    }

    @Test
    void truncatedValuesDoNotOpen() {
        assertThrows(SecretCipher.UnreadableSecret.class, () -> cipher.open(new byte[SecretCipher.OVERHEAD - 1], AAD));
        assertThrows(SecretCipher.UnreadableSecret.class, () -> cipher.open(null, AAD));
    }

    @Test
    void anEmptyValueRoundTrips() {
        assertArrayEquals(new byte[0], cipher.open(cipher.seal(new byte[0], AAD), AAD));
    }

    @Test
    void theKeyMustBe32BytesAndNeverShows() {
        assertThrows(IllegalArgumentException.class, () -> new SecretCipher(new byte[16]));
        assertEquals("SecretCipher[AES-256-GCM]", cipher.toString());
    }
}
