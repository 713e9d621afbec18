package io.gatehouse.kernel;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The only form in which a device id is kept: the lower-case hex SHA-256 of its UTF-8 bytes (plain, not keyed:
 * a device id is a random identifier chosen by the client, and a key would be one more secret whose loss or
 * rotation would cut every device off its principal). The clear id is never stored, logged or answered.
 */
public final class DeviceIdHash {

    private DeviceIdHash() {
    }

    public static String of(String deviceId) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(deviceId.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }
}
