package io.gatehouse.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.UUID;
import org.junit.jupiter.api.Test;

class ShortIdsTest {

    @Test
    void aUuidKeepsItsFirstEightHexDigits() {
        assertEquals("7f3a9c1e", ShortIds.of(UUID.fromString("7f3a9c1e-0000-4000-8000-00000000abcd")));
        assertNull(ShortIds.of((UUID) null));
    }

    @Test
    void aClerkIdKeepsItsPrefixAndFourCharacters() {
        assertEquals("user_2abc…", ShortIds.of("user_2abcDEFghiJKLmnoPQRstu"));
        assertEquals("org_9xyz…", ShortIds.of("org_9xyzABC"));
    }

    @Test
    void otherIdsKeepEightCharactersAndShortOnesStayWhole() {
        assertEquals("local-au…", ShortIds.of("local-auth-user"));
        assertEquals("user_ab", ShortIds.of("user_ab"));
        assertEquals("abc", ShortIds.of("abc"));
        assertNull(ShortIds.of((String) null));
    }
}
