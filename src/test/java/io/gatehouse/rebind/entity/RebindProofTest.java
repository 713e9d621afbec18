package io.gatehouse.rebind.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class RebindProofTest {

    @Test
    void optionalByDefault() {
        assertEquals(RebindProof.OPTIONAL, RebindProof.parse(null));
        assertEquals(RebindProof.OPTIONAL, RebindProof.parse(" "));
        assertEquals(RebindProof.OPTIONAL, RebindProof.parse("optional"));
    }

    @Test
    void requiredInAnyCase() {
        assertEquals(RebindProof.REQUIRED, RebindProof.parse("required"));
        assertEquals(RebindProof.REQUIRED, RebindProof.parse(" Required "));
    }

    @Test
    void anythingElseIsRefusedWithTheAllowedValues() {
        for (String wrong : new String[] {"yes", "true", "require", "optional,required"}) {
            IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> RebindProof.parse(wrong));
            assertEquals("REBIND_PROOF must be optional or required", refused.getMessage());
        }
    }
}
