package io.gatehouse.secrets.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Base64;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SecretKeyRulesTest {

    private static final String GENERATE = "; generate one, e.g. openssl rand -base64 32";

    @Test
    void aRandom32ByteKeyIsAccepted() {
        assertEquals(Optional.empty(), SecretKeyRules.broken(SecretCipherTest.KEY));
        assertEquals(Optional.empty(), SecretKeyRules.broken("  " + SecretCipherTest.KEY + "\n"));
        assertEquals(32, SecretKeyRules.decode(" " + SecretCipherTest.KEY).length);
    }

    @Test
    void aMissingKeyNamesTheVariables() {
        assertEquals("SECRETS_KEY must be set when SECRETS_ENABLED=true" + GENERATE, SecretKeyRules.broken(null).orElseThrow());
        assertEquals("SECRETS_KEY must be set when SECRETS_ENABLED=true" + GENERATE, SecretKeyRules.broken(" ").orElseThrow());
    }

    @Test
    void aKeyThatIsNotBase64IsRefusedWithoutEchoingIt() {
        String key = "not*base64!secret-material";
        String rule = SecretKeyRules.broken(key).orElseThrow();
        assertEquals("SECRETS_KEY must be base64 (standard alphabet)" + GENERATE, rule);
        assertFalse(rule.contains("secret-material"));
    }

    @Test
    void aKeyOfAnotherLengthSaysHowLongItIs() {
        String sixteen = Base64.getEncoder().encodeToString(randomish(16));
        String thirtyThree = Base64.getEncoder().encodeToString(randomish(33));
        assertEquals("SECRETS_KEY must decode to exactly 32 bytes (it decodes to 16)" + GENERATE,
                SecretKeyRules.broken(sixteen).orElseThrow());
        assertEquals("SECRETS_KEY must decode to exactly 32 bytes (it decodes to 33)" + GENERATE,
                SecretKeyRules.broken(thirtyThree).orElseThrow());
    }

    @Test
    void weakKeysAreRefused() {
        String weak = "SECRETS_KEY is too weak (fewer than 16 distinct byte values)" + GENERATE;
        assertEquals(weak, SecretKeyRules.broken(Base64.getEncoder().encodeToString(new byte[32])).orElseThrow());
        byte[] fifteenValues = new byte[32];
        for (int i = 0; i < fifteenValues.length; i++) {
            fifteenValues[i] = (byte) (i % 15);
        }
        assertEquals(weak, SecretKeyRules.broken(Base64.getEncoder().encodeToString(fifteenValues)).orElseThrow());
        byte[] sixteenValues = new byte[32];
        for (int i = 0; i < sixteenValues.length; i++) {
            sixteenValues[i] = (byte) (i % 16);
        }
        assertTrue(SecretKeyRules.broken(Base64.getEncoder().encodeToString(sixteenValues)).isEmpty());
    }

    private static byte[] randomish(int length) {
        byte[] bytes = new byte[length];
        for (int i = 0; i < length; i++) {
            bytes[i] = (byte) (i * 37 + 11);
        }
        return bytes;
    }
}
