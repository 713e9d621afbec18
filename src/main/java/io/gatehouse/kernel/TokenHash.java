package io.gatehouse.kernel;

import java.io.Serializable;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The SHA-256 of a token, the only form in which a token is kept. Held as four longs so a cache entry
 * key costs 32 bytes of payload and compares without allocation.
 */
public record TokenHash(long a, long b, long c, long d) implements Serializable {

    private static final ThreadLocal<MessageDigest> SHA256 = ThreadLocal.withInitial(TokenHash::newDigest);

    public static TokenHash of(String token) {
        MessageDigest digest = SHA256.get();
        byte[] hash = digest.digest(token.getBytes(StandardCharsets.US_ASCII));
        ByteBuffer buffer = ByteBuffer.wrap(hash);
        return new TokenHash(buffer.getLong(), buffer.getLong(), buffer.getLong(), buffer.getLong());
    }

    public static TokenHash fromHex(String hex) {
        ByteBuffer buffer = ByteBuffer.wrap(HexFormat.of().parseHex(hex));
        return new TokenHash(buffer.getLong(), buffer.getLong(), buffer.getLong(), buffer.getLong());
    }

    /** Lower-case hex, as stored in the {@code token_hash} column. */
    public String hex() {
        return HexFormat.of().toHexDigits(a) + HexFormat.of().toHexDigits(b)
                + HexFormat.of().toHexDigits(c) + HexFormat.of().toHexDigits(d);
    }

    private static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }

    @Override
    public String toString() {
        return "TokenHash[" + HexFormat.of().toHexDigits(a).substring(0, 8) + "…]";
    }
}
