package io.gatehouse.testing;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Builds JWTs shaped like the session tokens Clerk issues by default, so Gatehouse's verifier is tested
 * against what it meets in production and not against a generic JWT.
 *
 * <p>A default Clerk session token has header {@code {"alg":"RS256","kid":"ins_…","typ":"JWT"}} and the
 * claims {@code azp exp fva iat iss nbf sid sts sub v}; notably no {@code jti} and no {@code groups}, which
 * a MicroProfile JWT verifier would otherwise expect. Every part can be bent to build the tokens an
 * attacker or a misconfigured front end would send: other keys, other algorithms, missing or odd claims.
 *
 * <p>Times are stored as {@link Date}s and serialized by nimbus as seconds since the epoch.
 */
public final class ClerkToken {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final char[] ID_ALPHABET =
            "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789".toCharArray();

    private final Map<String, Object> claims = new LinkedHashMap<>();
    private RSAKey key;
    private String kid;
    private String typ = "JWT";

    /** Usually obtained through {@link FakeClerk#token()}. */
    public ClerkToken(RSAKey key, String issuer) {
        this.key = Objects.requireNonNull(key, "key");
        this.kid = key.getKeyID();
        Instant now = Instant.now();
        claims.put("azp", "http://localhost:3000");
        claims.put("exp", Date.from(now.plusSeconds(60)));
        claims.put("fva", List.of(0, -1));
        claims.put("iat", Date.from(now));
        claims.put("iss", issuer);
        claims.put("nbf", Date.from(now.minusSeconds(5)));
        claims.put("sid", "sess_" + randomId(24));
        claims.put("sts", "active");
        claims.put("sub", "user_" + randomId(24));
        claims.put("v", 2);
    }

    public ClerkToken subject(String subject) {
        return claim("sub", subject);
    }

    public ClerkToken azp(String authorizedParty) {
        return claim("azp", authorizedParty);
    }

    public ClerkToken issuer(String issuer) {
        return claim("iss", issuer);
    }

    public ClerkToken expiresAt(Instant time) {
        return claim("exp", time);
    }

    public ClerkToken issuedAt(Instant time) {
        return claim("iat", time);
    }

    public ClerkToken notBefore(Instant time) {
        return claim("nbf", time);
    }

    /**
     * Sets or overrides a claim. Values may be String, Number, Boolean, List, Map or null (serialized as
     * JSON null); an {@link Instant} or {@link Date} becomes seconds since the epoch. Giving a registered
     * claim such as {@code exp} a string is allowed on purpose, to test malformed tokens.
     */
    public ClerkToken claim(String name, Object value) {
        claims.put(Objects.requireNonNull(name, "name"), value instanceof Instant i ? Date.from(i) : value);
        return this;
    }

    /** Removes a claim entirely (as opposed to {@code claim(name, null)}, which sends JSON null). */
    public ClerkToken without(String claimName) {
        claims.remove(claimName);
        return this;
    }

    /** Signs with another key and takes over that key's kid. */
    public ClerkToken signedWith(RSAKey otherKey) {
        this.key = Objects.requireNonNull(otherKey, "otherKey");
        this.kid = otherKey.getKeyID();
        return this;
    }

    /** Overrides the header kid without changing the signing key; null leaves the kid out. */
    public ClerkToken kid(String kid) {
        this.kid = kid;
        return this;
    }

    /** Overrides the header typ; null leaves it out. */
    public ClerkToken typ(String typ) {
        this.typ = typ;
        return this;
    }

    /** The current {@code sub}, e.g. to register the user with {@link FakeClerk#putUser}. */
    /** The {@code sid} claim this token will carry (Clerk's session id), or null when removed. */
    public String sessionIdValue() {
        Object sid = claims.get("sid");
        return sid instanceof String value ? value : null;
    }

    public String subjectValue() {
        Object sub = claims.get("sub");
        return sub == null ? null : sub.toString();
    }

    /** Compact RS256 serialization, as Clerk signs. */
    public String sign() {
        return signRsa(JWSAlgorithm.RS256);
    }

    /** RS384 with the same key: a valid signature but an algorithm Clerk does not use. */
    public String signRs384() {
        return signRsa(JWSAlgorithm.RS384);
    }

    /**
     * HS256 with the given secret (header alg HS256, same kid), as in the RS/HS confusion attack where the
     * secret is the public key. The MAC is computed with the JDK because nimbus refuses secrets shorter than
     * 256 bits, and tests may want short ones.
     */
    public String signHs256(byte[] secret) {
        JWSObject jws = new JWSObject(header(JWSAlgorithm.HS256), claimsSet().toPayload(true));
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            byte[] signature = mac.doFinal(jws.getSigningInput());
            return new String(jws.getSigningInput(), StandardCharsets.US_ASCII) + "." + Base64URL.encode(signature);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("could not compute HS256", e);
        }
    }

    /** An unsecured JWT: header {@code {"alg":"none","typ":"JWT"}}, the claims and an empty signature. */
    public String unsigned() {
        String header = typ == null ? "{\"alg\":\"none\"}" : "{\"alg\":\"none\",\"typ\":" + jsonString(typ) + "}";
        return Base64URL.encode(header) + "." + claimsSet().toPayload(true).toBase64URL() + ".";
    }

    private String signRsa(JWSAlgorithm algorithm) {
        SignedJWT jwt = new SignedJWT(header(algorithm), claimsSet());
        try {
            jwt.sign(new RSASSASigner(key));
        } catch (JOSEException e) {
            throw new IllegalStateException("could not sign the token with " + algorithm, e);
        }
        return jwt.serialize();
    }

    private JWSHeader header(JWSAlgorithm algorithm) {
        return new JWSHeader.Builder(algorithm)
                .keyID(kid)
                .type(typ == null ? null : new JOSEObjectType(typ))
                .build();
    }

    private JWTClaimsSet claimsSet() {
        JWTClaimsSet.Builder builder = new JWTClaimsSet.Builder().serializeNullClaims(true);
        claims.forEach(builder::claim);
        return builder.build();
    }

    private static String jsonString(String value) {
        return jakarta.json.Json.createValue(value).toString();
    }

    private static String randomId(int length) {
        char[] chars = new char[length];
        for (int i = 0; i < length; i++) {
            chars[i] = ID_ALPHABET[RANDOM.nextInt(ID_ALPHABET.length)];
        }
        return new String(chars);
    }
}
