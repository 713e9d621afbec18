package io.gatehouse.introspection.entity;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * The client id and secret of an {@code Authorization: Basic} header (RFC 7617), taken as sent: ids and secrets
 * are compared without form-decoding, so they should stick to URL-safe characters.
 *
 * @param id     the client id, never empty
 * @param secret the client secret, possibly empty
 */
public record BasicCredentials(String id, String secret) {

    private static final String BASIC = "basic ";
    private static final int MAX_HEADER = 1024;

    @Override
    public String toString() {
        return "BasicCredentials[id=" + id + "]";
    }

    /** The credentials of the header, or {@code null} when it is missing, not Basic, or malformed. */
    public static BasicCredentials parse(String header) {
        if (header == null || header.length() > MAX_HEADER
                || !header.regionMatches(true, 0, BASIC, 0, BASIC.length())) {
            return null;
        }
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(header.substring(BASIC.length()).trim()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return null;
        }
        int colon = decoded.indexOf(':');
        if (colon <= 0) {
            return null;
        }
        return new BasicCredentials(decoded.substring(0, colon), decoded.substring(colon + 1));
    }
}
