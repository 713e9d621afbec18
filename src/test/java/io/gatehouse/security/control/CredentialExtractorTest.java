package io.gatehouse.security.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class CredentialExtractorTest {

    private static String token(CredentialExtractor.Presented presented) {
        return presented == null ? null : presented.token();
    }

    private static CredentialExtractor.Presented handshake(Map<String, List<String>> headers) {
        Map<String, List<String>> anyCase = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        anyCase.putAll(headers);
        return CredentialExtractor.ofHandshake(name -> anyCase.getOrDefault(name, List.of()));
    }

    @Test
    void aRequestsTokenComesInTheMechanismsOrder() {
        assertEquals("h", token(handshake(Map.of("Authorization", List.of("Bearer h"), "X-Agent-Token", List.of("a"), "Cookie", List.of("__session=" + "c")))));
        assertEquals("a", token(handshake(Map.of("X-Agent-Token", List.of("a"), "Cookie", List.of("__session=" + "c")))));
        assertEquals("a", token(handshake(Map.of("Authorization", List.of("Basic xyz"), "X-Agent-Token", List.of(" a "), "Cookie", List.of("__session=" + "c")))));
        assertEquals("c", token(handshake(Map.of("Authorization", List.of("bearer  "), "X-Agent-Token", List.of(""), "Cookie", List.of("__session=" + "c")))));
        assertNull(token(handshake(Map.of("Cookie", List.of("__session=" + " ")))));
    }

    @Test
    void theSubprotocolCarriesTheTokenAfterBearer() {
        assertEquals("msc_abc", CredentialExtractor.subprotocolToken(List.of("bearer, msc_abc")));
        assertEquals("msc_abc", CredentialExtractor.subprotocolToken(List.of("chat", "bearer", "msc_abc")));
        assertNull(CredentialExtractor.subprotocolToken(List.of("bearer")));
        assertNull(CredentialExtractor.subprotocolToken(List.of("msc_abc")));
        assertNull(CredentialExtractor.subprotocolToken(List.of()));
    }

    @Test
    void theSessionCookieIsFoundAmongOthers() {
        assertEquals("tok", HandshakeCookies.value(List.of("a=1; __session=tok; b=2"), "__session"));
        assertEquals("tok", HandshakeCookies.value(List.of("a=1", "__session=\"tok\""), "__session"));
        assertNull(HandshakeCookies.value(List.of("x__session=tok"), "__session"));
        assertNull(HandshakeCookies.value(List.of("__session="), "__session"));
    }

    @Test
    void aHandshakePrefersTheHeaderThenTheSubprotocolThenTheCookie() {
        Map<String, List<String>> all = Map.of("authorization", List.of("Bearer h"),
                "Sec-WebSocket-Protocol", List.of("bearer, p"), "Cookie", List.of("__session=c"));
        assertEquals(new CredentialExtractor.Presented("h", false), handshake(all));
        assertEquals(new CredentialExtractor.Presented("p", false), handshake(Map.of(
                "sec-websocket-protocol", List.of("bearer, p"), "Cookie", List.of("__session=c"))));
        assertEquals(new CredentialExtractor.Presented("c", true), handshake(Map.of("cookie", List.of("__session=c"))));
        assertEquals(new CredentialExtractor.Presented("a", false), handshake(Map.of("X-Agent-Token", List.of("a"))),
                "an agent's X-Agent-Token counts on every transport");
        assertNull(handshake(Map.of("X-Other", List.of("a"))), "the query string and other headers are never read");
    }
}
