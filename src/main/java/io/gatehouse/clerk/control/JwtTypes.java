package io.gatehouse.clerk.control;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jose.util.JSONObjectUtils;
import java.text.ParseException;
import java.util.Locale;

/**
 * Tells the two kinds of Clerk JWT apart by their header {@code typ}: OAuth access tokens are
 * {@code at+jwt} (RFC 9068 §2.1, also written {@code application/at+jwt}); session tokens are anything else.
 */
public final class JwtTypes {

    private JwtTypes() {
    }

    /** Whether the compact JWT's header declares an RFC 9068 access token; a cheap test without verification. */
    public static boolean isAccessToken(String token) {
        int dot = token.indexOf('.');
        if (dot <= 0 || token.indexOf('.', dot + 1) < 0) {
            return false;
        }
        try {
            Object typ = JSONObjectUtils.parse(new Base64URL(token.substring(0, dot)).decodeToString()).get("typ");
            return typ instanceof String value && isAccessTokenType(value);
        } catch (ParseException | RuntimeException e) {
            return false;
        }
    }

    static boolean isAccessTokenType(JOSEObjectType type) {
        return type != null && isAccessTokenType(type.getType());
    }

    private static boolean isAccessTokenType(String typ) {
        String lower = typ.toLowerCase(Locale.ROOT);
        return lower.equals("at+jwt") || lower.equals("application/at+jwt");
    }
}
