package io.gatehouse.introspection.control;

import io.gatehouse.introspection.entity.BasicCredentials;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The configured introspection clients ({@code id:secret,id:secret}), kept as the SHA-256 of each secret and
 * compared in constant time. A secret may contain {@code :} (the id ends at the first one) but not {@code ,}.
 */
final class ClientRegistry {

    /** Compared against when the id is unknown, so a wrong id costs the same as a wrong secret. */
    private static final byte[] NO_SECRET = sha256("\0no such client\0");

    private final Map<String, byte[]> secrets;

    private ClientRegistry(Map<String, byte[]> secrets) {
        this.secrets = Collections.unmodifiableMap(secrets);
    }

    /**
     * Parses the setting; blank means no clients. Throws {@link IllegalArgumentException} naming the entry by its
     * position (never its text, which holds a secret) when one is not {@code id:secret} or an id repeats.
     */
    static ClientRegistry parse(String setting) {
        Map<String, byte[]> secrets = new LinkedHashMap<>();
        if (setting == null || setting.isBlank()) {
            return new ClientRegistry(secrets);
        }
        String[] entries = setting.split(",");
        for (int i = 0; i < entries.length; i++) {
            String entry = entries[i].trim();
            if (entry.isEmpty()) {
                continue;
            }
            int colon = entry.indexOf(':');
            String id = colon < 0 ? "" : entry.substring(0, colon).trim();
            String secret = colon < 0 ? "" : entry.substring(colon + 1).trim();
            if (id.isEmpty() || secret.isEmpty()) {
                throw new IllegalArgumentException("entry " + (i + 1) + " is not id:secret");
            }
            if (secrets.put(id, sha256(secret)) != null) {
                throw new IllegalArgumentException("client id " + id + " appears twice");
            }
        }
        return new ClientRegistry(secrets);
    }

    /** The id of the client these credentials belong to, or {@code null}. */
    String authenticate(BasicCredentials credentials) {
        if (credentials == null) {
            return null;
        }
        byte[] expected = secrets.getOrDefault(credentials.id(), NO_SECRET);
        boolean matches = MessageDigest.isEqual(sha256(credentials.secret()), expected);
        return matches && expected != NO_SECRET ? credentials.id() : null;
    }

    Set<String> ids() {
        return secrets.keySet();
    }

    boolean isEmpty() {
        return secrets.isEmpty();
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }
}
