package io.gatehouse.security.control;

import io.gatehouse.clerk.control.JwtTypes;
import io.gatehouse.kernel.SessionTokens;
import io.gatehouse.kernel.TokenKind;

/** The kind of a presented token told from its shape alone: its prefix, its dots and a JWT's {@code typ}; never more of it. */
public final class TokenShapes {

    private TokenShapes() {
    }

    public static TokenKind kindOf(String token) {
        if (token == null) {
            return TokenKind.NONE;
        }
        if (token.startsWith(SessionTokens.ANONYMOUS_PREFIX)) {
            return TokenKind.ANONYMOUS;
        }
        if (token.startsWith(SessionTokens.USER_PREFIX)) {
            return TokenKind.SESSION;
        }
        if (token.startsWith(SessionTokens.AGENT_PREFIX)) {
            return TokenKind.AGENT;
        }
        int dot = token.indexOf('.');
        if (dot > 0 && token.indexOf('.', dot + 1) > dot) {
            return JwtTypes.isAccessToken(token) ? TokenKind.ACCESS_TOKEN : TokenKind.CLERK_JWT;
        }
        return TokenKind.OTHER;
    }
}
