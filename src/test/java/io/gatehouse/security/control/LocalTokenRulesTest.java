package io.gatehouse.security.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class LocalTokenRulesTest {

    private static final String GOOD = "Zq3vN8x1Lw0PbT5yHc7Jr2KdM9sAeF4gUiO6tXnQp1RwE8mYkV";

    @Test
    void aLongRandomTokenIsAccepted() {
        assertEquals(50, GOOD.length());
        assertEquals(Optional.empty(), LocalTokenRules.broken(GOOD));
    }

    @Test
    void aMissingTokenNamesTheVariable() {
        assertEquals("LOCAL_AUTH_TOKEN must be set when AUTH_MODE=local", LocalTokenRules.broken(null).orElseThrow());
        assertEquals("LOCAL_AUTH_TOKEN must be set when AUTH_MODE=local", LocalTokenRules.broken("  ").orElseThrow());
    }

    @Test
    void aShortTokenSaysHowLongItIs() {
        assertEquals("LOCAL_AUTH_TOKEN must be at least 50 characters (it has 49)",
                LocalTokenRules.broken(GOOD.substring(1)).orElseThrow());
    }

    @Test
    void placeholdersAreRefusedWhateverTheirSeparators() {
        for (String placeholder : new String[] {"change-me", "CHANGEME", "replace_me", "your-local-auth-token", "placeholder"}) {
            String token = placeholder + "-" + GOOD;
            String rule = LocalTokenRules.broken(token).orElseThrow(() -> new AssertionError(token));
            assertTrue(rule.startsWith("LOCAL_AUTH_TOKEN looks like a placeholder"), rule);
            assertTrue(!rule.contains(GOOD.substring(0, 10)), "the rule never echoes the token");
        }
    }

    @Test
    void aRepetitiveTokenIsRefused() {
        assertTrue(LocalTokenRules.broken("ab".repeat(30)).orElseThrow().contains("too repetitive"));
    }

    @Test
    void aTokenThatCannotBeSentAsABearerTokenIsRefused() {
        String rule = LocalTokenRules.broken(GOOD.substring(0, 25) + "!" + GOOD.substring(25)).orElseThrow();
        assertTrue(rule.startsWith("LOCAL_AUTH_TOKEN must be a bearer token (RFC 6750)"), rule);
        assertEquals(Optional.empty(), LocalTokenRules.broken(GOOD.substring(0, 25) + "+/._~-" + GOOD.substring(25) + "=="));
    }

    @Test
    void spacesAndControlCharactersAreRefused() {
        assertTrue(LocalTokenRules.broken(GOOD.substring(0, 25) + " " + GOOD.substring(25)).orElseThrow().contains("printable"));
    }
}
