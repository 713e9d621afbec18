package io.gatehouse.clerk.control;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class JwtTypesTest {

    private static String withHeader(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8)) + ".e30.sig";
    }

    @Test
    void theTypDecides() {
        assertTrue(JwtTypes.isAccessToken(withHeader("{\"alg\":\"RS256\",\"typ\":\"at+jwt\"}")));
        assertTrue(JwtTypes.isAccessToken(withHeader("{\"alg\":\"RS256\",\"typ\":\"application/at+JWT\"}")));
        assertFalse(JwtTypes.isAccessToken(withHeader("{\"alg\":\"RS256\",\"typ\":\"JWT\"}")));
        assertFalse(JwtTypes.isAccessToken(withHeader("{\"alg\":\"RS256\"}")));
        assertFalse(JwtTypes.isAccessToken(withHeader("{\"alg\":\"RS256\",\"typ\":[\"at+jwt\"]}")));
    }

    @Test
    void anythingElseIsNotAnAccessToken() {
        assertFalse(JwtTypes.isAccessToken("msc_abc"));
        assertFalse(JwtTypes.isAccessToken("a.b"));
        assertFalse(JwtTypes.isAccessToken("!!!.e30.sig"));
        assertFalse(JwtTypes.isAccessToken(withHeader("not json")));
        assertFalse(JwtTypes.isAccessToken(".e30.sig"));
    }
}
