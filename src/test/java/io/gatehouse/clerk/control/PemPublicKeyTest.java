package io.gatehouse.clerk.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.nimbusds.jose.jwk.RSAKey;
import io.gatehouse.testing.FakeClerk;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class PemPublicKeyTest {

    private final RSAKey key = FakeClerk.newKey();

    @Test
    void readsTheKeyClerksDashboardShows() throws Exception {
        RSAKey parsed = PemPublicKey.parse(pem());
        assertEquals(key.toRSAPublicKey().getModulus(), parsed.toRSAPublicKey().getModulus());
        assertEquals(key.toRSAPublicKey().getPublicExponent(), parsed.toRSAPublicKey().getPublicExponent());
    }

    @Test
    void readsAKeyPastedOnOneLineWithEscapedNewlines() throws Exception {
        RSAKey parsed = PemPublicKey.parse(pem().replace("\n", "\\n"));
        assertEquals(key.toRSAPublicKey().getModulus(), parsed.toRSAPublicKey().getModulus());
    }

    @Test
    void refusesWhatIsNotAnRsaPublicKey() {
        assertThrows(IllegalArgumentException.class, () -> PemPublicKey.parse("-----BEGIN PUBLIC KEY-----\nnot base64!\n-----END PUBLIC KEY-----"));
        assertThrows(IllegalArgumentException.class, () -> PemPublicKey.parse("-----BEGIN PUBLIC KEY-----\nAAAA\n-----END PUBLIC KEY-----"));
        assertThrows(IllegalArgumentException.class, () -> PemPublicKey.parse("   "));
    }

    private String pem() throws Exception {
        String body = Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(key.toRSAPublicKey().getEncoded());
        return "-----BEGIN PUBLIC KEY-----\n" + body + "\n-----END PUBLIC KEY-----\n";
    }
}
