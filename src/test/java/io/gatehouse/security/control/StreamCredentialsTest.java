package io.gatehouse.security.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class StreamCredentialsTest {

    private static StreamCredentials.HandshakeToken handshake(Map<String, List<String>> headers) {
        Map<String, List<String>> anyCase = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        anyCase.putAll(headers);
        return StreamCredentials.ofHandshake(name -> anyCase.getOrDefault(name, List.of()));
    }

    @Test
    void aRequestsTokenComesInTheMechanismsOrder() {
        assertEquals("h", StreamCredentials.ofRequest("Bearer h", "a", "c"));
        assertEquals("a", StreamCredentials.ofRequest(null, "a", "c"));
        assertEquals("a", StreamCredentials.ofRequest("Basic xyz", " a ", "c"));
        assertEquals("c", StreamCredentials.ofRequest("bearer  ", "", "c"));
        assertNull(StreamCredentials.ofRequest(null, null, " "));
    }

    @Test
    void theSubprotocolCarriesTheTokenAfterBearer() {
        assertEquals("msc_abc", StreamCredentials.subprotocolToken(List.of("bearer, msc_abc")));
        assertEquals("msc_abc", StreamCredentials.subprotocolToken(List.of("chat", "bearer", "msc_abc")));
        assertNull(StreamCredentials.subprotocolToken(List.of("bearer")));
        assertNull(StreamCredentials.subprotocolToken(List.of("msc_abc")));
        assertNull(StreamCredentials.subprotocolToken(List.of()));
    }

    @Test
    void theSessionCookieIsFoundAmongOthers() {
        assertEquals("tok", StreamCredentials.cookie(List.of("a=1; __session=tok; b=2"), "__session"));
        assertEquals("tok", StreamCredentials.cookie(List.of("a=1", "__session=\"tok\""), "__session"));
        assertNull(StreamCredentials.cookie(List.of("x__session=tok"), "__session"));
        assertNull(StreamCredentials.cookie(List.of("__session="), "__session"));
    }

    @Test
    void aHandshakePrefersTheHeaderThenTheSubprotocolThenTheCookie() {
        Map<String, List<String>> all = Map.of("authorization", List.of("Bearer h"),
                "Sec-WebSocket-Protocol", List.of("bearer, p"), "Cookie", List.of("__session=c"));
        assertEquals(new StreamCredentials.HandshakeToken("h", false), handshake(all));
        assertEquals(new StreamCredentials.HandshakeToken("p", false), handshake(Map.of(
                "sec-websocket-protocol", List.of("bearer, p"), "Cookie", List.of("__session=c"))));
        assertEquals(new StreamCredentials.HandshakeToken("c", true), handshake(Map.of("cookie", List.of("__session=c"))));
        assertNull(handshake(Map.of("X-Agent-Token", List.of("a"))), "the query string and other headers are never read");
    }
}
