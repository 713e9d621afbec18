package io.gatehouse.network.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class TrustedProxiesTest {

    private final TrustedProxies behindProxies = TrustedProxies.trusting("10.0.0.1, 192.168.0.0/16, 2001:db8::/32");

    @Test
    void withoutTrustedProxiesTheSocketAddressIsTheClient() {
        TrustedProxies none = TrustedProxies.trusting("");
        assertFalse(none.trustsProxies());
        assertEquals("10.0.0.1", none.of("10.0.0.1", List.of("203.0.113.7")));
        assertFalse(TrustedProxies.trusting(null).trustsProxies());
    }

    @Test
    void anUntrustedPeersForwardedForIsIgnored() {
        assertEquals("198.51.100.9", behindProxies.of("198.51.100.9", List.of("203.0.113.7")));
        assertEquals("10.0.0.2", behindProxies.of("10.0.0.2", List.of("203.0.113.7")));
    }

    @Test
    void aTrustedProxyGivesTheRightMostUntrustedHop() {
        assertTrue(behindProxies.trustsProxies());
        assertEquals("203.0.113.7", behindProxies.of("10.0.0.1", List.of("203.0.113.7")));
        assertEquals("203.0.113.7", behindProxies.of("10.0.0.1", List.of("1.2.3.4, 203.0.113.7, 192.168.4.4")),
                "the client can write anything left of what the proxies appended");
        assertEquals("203.0.113.7", behindProxies.of("10.0.0.1", List.of("1.2.3.4", "203.0.113.7,192.168.1.1")),
                "several headers read as one list");
    }

    @Test
    void whenEveryHopIsTrustedTheLeftMostIsTheClient() {
        assertEquals("192.168.9.9", behindProxies.of("10.0.0.1", List.of("192.168.9.9, 10.0.0.1")));
    }

    @Test
    void cidrRangesMatchByPrefix() {
        TrustedProxies odd = TrustedProxies.trusting("172.16.0.0/12");
        assertEquals("8.8.8.8", odd.of("172.31.255.255", List.of("8.8.8.8")));
        assertEquals("172.32.0.1", odd.of("172.32.0.1", List.of("8.8.8.8")), "just outside /12");
        assertEquals("8.8.8.8", TrustedProxies.trusting("0.0.0.0/0").of("1.1.1.1", List.of("8.8.8.8")));
    }

    @Test
    void ipv6PeersAndHopsWork() {
        assertEquals("2001:db9:0:0:0:0:0:1", behindProxies.of("2001:db8::42", List.of("2001:db9::1")));
        assertEquals("203.0.113.7", behindProxies.of("2001:0db8:0000::1", List.of("203.0.113.7, [2001:db8::5]")));
        assertEquals("2001:db9::1", behindProxies.of("2001:db9::1", List.of("203.0.113.7")), "outside 2001:db8::/32");
        assertEquals("203.0.113.7", TrustedProxies.trusting("::1").of("0:0:0:0:0:0:0:1", List.of("203.0.113.7")));
    }

    @Test
    void aMalformedHeaderFallsBackToTheSocketAddress() {
        for (String garbage : List.of("", "unknown", "203.0.113.7, evil.example.com", "203.0.113.7,", "256.1.1.1",
                "1.2.3", "1.2.3.4.5", "203.0.113.7:8080", "::g", "1::2::3", "[1.2.3.4]x", "%", "1.2.3.4 5.6.7.8")) {
            assertEquals("10.0.0.1", behindProxies.of("10.0.0.1", List.of(garbage)), garbage);
        }
        assertEquals("10.0.0.1", behindProxies.of("10.0.0.1", List.of()));
        assertEquals("10.0.0.1", behindProxies.of("10.0.0.1", null));
    }

    @Test
    void malformedTrustedProxiesAreRefused() {
        for (String broken : List.of("10.0.0.0/33", "proxy.internal", "10.0.0.0/x", "2001:db8::/129", "10.0.0/8")) {
            assertThrows(IllegalArgumentException.class, () -> TrustedProxies.trusting(broken), broken);
        }
    }

    @Test
    void literalsAreReadWithoutLookups() {
        assertEquals(4, IpLiterals.parse("::ffff:1.2.3.4").length, "IPv4-mapped reads as IPv4");
        assertEquals(16, IpLiterals.parse("[::1]").length);
        assertEquals(null, IpLiterals.parse("localhost"));
        assertEquals(null, IpLiterals.parse(".1:2"));
    }

    @Test
    void entriesWiderThanOneSiteAreNamed() {
        TrustedProxies mixed = TrustedProxies.trusting("10.0.0.1, 10.1.2.0/24, 10.0.0.0/8, 0.0.0.0/0, 2001:db8::/64, 2001:db8::/48, ::1");
        assertEquals(List.of("10.0.0.0/8", "0.0.0.0/0", "2001:db8::/48"), mixed.widerThanASite());
        assertEquals(List.of(), TrustedProxies.trusting("").widerThanASite());
    }
}
