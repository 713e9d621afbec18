package io.gatehouse.clerk.control;

import com.nimbusds.jose.jwk.RSAKey;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;

/**
 * Reads {@code CLERK_JWT_KEY}, the PEM public key Clerk's dashboard shows ({@code -----BEGIN PUBLIC KEY-----},
 * an X.509 SubjectPublicKeyInfo), with the JDK alone: nimbus's own PEM reader needs BouncyCastle, which
 * neither server gives the application. Newlines may also arrive as the two characters {@code \n}, as
 * they do when the key is pasted into one environment-variable line.
 */
final class PemPublicKey {

    private PemPublicKey() {
    }

    static RSAKey parse(String pem) {
        String body = pem.replace("\\n", "\n")
                .replaceAll("-----(BEGIN|END) PUBLIC KEY-----", "")
                .replaceAll("\\s", "");
        if (body.isEmpty()) {
            throw new IllegalArgumentException("CLERK_JWT_KEY holds no key");
        }
        try {
            byte[] der = Base64.getDecoder().decode(body);
            RSAPublicKey key = (RSAPublicKey) KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(der));
            return new RSAKey.Builder(key).build();
        } catch (IllegalArgumentException | GeneralSecurityException | ClassCastException e) {
            throw new IllegalArgumentException("CLERK_JWT_KEY is not a PEM RSA public key (-----BEGIN PUBLIC KEY-----)", e);
        }
    }
}
