package io.gatehouse.introspection.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class BasicCredentialsTest {

    private static String basic(String pair) {
        return "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void idAndSecretAreSplitAtTheFirstColon() {
        assertEquals(new BasicCredentials("svc-a", "s3:cr:et"), BasicCredentials.parse(basic("svc-a:s3:cr:et")));
        assertEquals(new BasicCredentials("svc-a", ""), BasicCredentials.parse(basic("svc-a:")));
        assertEquals(new BasicCredentials("dienst", "geheim-ä"), BasicCredentials.parse(basic("dienst:geheim-ä")));
    }

    @Test
    void theSchemeIsCaseInsensitiveAndSpacesAroundTheValueAreIgnored() {
        String value = Base64.getEncoder().encodeToString("svc:pw".getBytes(StandardCharsets.UTF_8));
        assertEquals(new BasicCredentials("svc", "pw"), BasicCredentials.parse("bAsIc   " + value + " "));
    }

    @Test
    void anythingElseIsNoCredentials() {
        assertNull(BasicCredentials.parse(null));
        assertNull(BasicCredentials.parse(""));
        assertNull(BasicCredentials.parse("Basic"));
        assertNull(BasicCredentials.parse("Basic "));
        assertNull(BasicCredentials.parse("Bearer msc_abc"));
        assertNull(BasicCredentials.parse("Basic !!!not-base64!!!"));
        assertNull(BasicCredentials.parse(basic("no-colon")));
        assertNull(BasicCredentials.parse(basic(":secret-without-id")));
        assertNull(BasicCredentials.parse("Basic " + "A".repeat(2000)));
    }

    @Test
    void theSecretNeverAppearsInTheTextForm() {
        assertFalse(new BasicCredentials("svc", "very-secret").toString().contains("very-secret"));
    }
}
