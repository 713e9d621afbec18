package io.gatehouse.http.control;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MediaTypeSyntaxTest {

    @Test
    void contentTypesClientsSendAreAccepted() {
        for (String ok : new String[] {"application/json", "application/json; charset=UTF-8", "application/json;charset=utf-8",
                "text/plain ; charset=\"utf-8\"", "application/x-www-form-urlencoded", "application/json;;", "a/b; x=\"q\\\"uote\"",
                "application/vnd.api+json", "application/json; charset=foo"}) {
            assertTrue(MediaTypeSyntax.isContentType(ok), ok);
        }
    }

    @Test
    void contentTypesNoParserAgreesOnAreRefused() {
        for (String bad : new String[] {"", ";;;", "application", "application/", "/json", "application/json; charset=",
                "application/json; charset", "application/json x", "a/b; x=\"open", "application/json, text/plain", "a b/c",
                "a/b; =x", "t\u00e9xt/plain"}) {
            assertFalse(MediaTypeSyntax.isContentType(bad), bad);
        }
    }

    @Test
    void acceptListsWithValidWeightsAreAccepted() {
        for (String ok : new String[] {"*/*", "application/json", "text/html, application/xhtml+xml, application/xml;q=0.9, */*;q=0.8",
                "application/json;q=1", "application/json; q=1.000", "text/*;q=0", "a/b, , c/d", "", " ",
                "text/plain; format=flowed; q=0.5", "application/json; Q=0.5"}) {
            assertTrue(MediaTypeSyntax.isAccept(ok), ok);
        }
    }

    @Test
    void acceptListsRuntimesChokeOnAreRefused() {
        for (String bad : new String[] {"***", "text/html;q=abc", "text/html;q=1.5", "text/html;q=0.1234", "text/html;q=",
                "text/html;q=-1", "text", "text/html text/plain", "a/b;q=\"0.5\"x"}) {
            assertFalse(MediaTypeSyntax.isAccept(bad), bad);
        }
    }

    @Test
    void acceptLanguageIsALanguageRangeListWithQValues() {
        for (String ok : new String[] {"en-US,en;q=0.9", "*", "de-CH-1901, fr;q=0.5, *;q=0.1", "zh-Hant-TW", "", "en, , fr"}) {
            assertTrue(MediaTypeSyntax.isAcceptLanguage(ok), ok);
        }
        for (String bad : new String[] {"$$$;q=x", "en;q=abc", "en;x=1", "englishlanguage", "e n", "en;q=2"}) {
            assertFalse(MediaTypeSyntax.isAcceptLanguage(bad), bad);
        }
    }

    @Test
    void aQuotedCommaInAcceptIsRefusedSinceRestEasySplitsOnIt() {
        assertFalse(MediaTypeSyntax.isAccept("a/b; x=\"1,2\""));
        assertTrue(MediaTypeSyntax.isContentType("a/b; x=\"1,2\""));
    }
}
