package io.gatehouse.kernel;

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
    void aClerkIdKeepsTwelveCharacters() {
        assertEquals("user_2abcDEF…", ShortIds.of("user_2abcDEFghiJKLmnoPQRstu"));
        assertEquals("org_9xyzABCD…", ShortIds.of("org_9xyzABCDEFGH"));
        assertEquals("local-auth-u…", ShortIds.of("local-auth-user"));
    }

    @Test
    void shortIdsStayWhole() {
        assertEquals("user_2abcDEF", ShortIds.of("user_2abcDEF"));
        assertEquals("abc", ShortIds.of("abc"));
        assertNull(ShortIds.of((String) null));
    }
}
