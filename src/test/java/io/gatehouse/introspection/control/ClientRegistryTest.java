package io.gatehouse.introspection.control;

import io.gatehouse.introspection.entity.BasicCredentials;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ClientRegistryTest {

    private static final ClientRegistry CLIENTS =
            ClientRegistry.parse(" svc-a:secret-a-0123456789 , svc-b:secret:with:colons,,");

    @Test
    void theRightSecretAuthenticatesItsClient() {
        assertEquals("svc-a", CLIENTS.authenticate(new BasicCredentials("svc-a", "secret-a-0123456789")));
        assertEquals("svc-b", CLIENTS.authenticate(new BasicCredentials("svc-b", "secret:with:colons")));
        assertEquals(List.of("svc-a", "svc-b"), List.copyOf(CLIENTS.ids()));
    }

    @Test
    void aWrongSecretAnotherClientsSecretOrAnUnknownIdAuthenticatesNobody() {
        assertNull(CLIENTS.authenticate(new BasicCredentials("svc-a", "secret-a-012345678")));
        assertNull(CLIENTS.authenticate(new BasicCredentials("svc-a", "")));
        assertNull(CLIENTS.authenticate(new BasicCredentials("svc-a", "secret:with:colons")));
        assertNull(CLIENTS.authenticate(new BasicCredentials("svc-c", "secret-a-0123456789")));
        assertNull(CLIENTS.authenticate(new BasicCredentials("SVC-A", "secret-a-0123456789")));
        assertNull(CLIENTS.authenticate(null));
    }

    @Test
    void noSettingMeansNoClientsAndNobodyGetsIn() {
        for (String none : new String[] {null, "", "  ", ","}) {
            ClientRegistry empty = ClientRegistry.parse(none);
            assertTrue(empty.isEmpty(), () -> "for " + none);
            assertNull(empty.authenticate(new BasicCredentials("svc-a", "secret-a-0123456789")));
        }
        assertFalse(CLIENTS.isEmpty());
    }

    @Test
    void malformedEntriesAreRefusedByPositionWithoutTheirSecret() {
        IllegalArgumentException noColon = assertThrows(IllegalArgumentException.class,
                () -> ClientRegistry.parse("svc-a:ok,secret-only"));
        assertEquals("entry 2 is not id:secret", noColon.getMessage());
        assertThrows(IllegalArgumentException.class, () -> ClientRegistry.parse("svc-a:"));
        assertThrows(IllegalArgumentException.class, () -> ClientRegistry.parse(":secret"));
        IllegalArgumentException twice = assertThrows(IllegalArgumentException.class,
                () -> ClientRegistry.parse("svc-a:one,svc-a:two"));
        assertFalse(twice.getMessage().contains("one") || twice.getMessage().contains("two"), twice::getMessage);
    }
}
