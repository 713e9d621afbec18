package io.gatehouse.cluster.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class GridSealTest {

    private static final String SECRET = "a-cluster-secret-of-forty-characters-000";

    @Test
    void aSealedValueOpensUnderItsKeyOnly() {
        GridSeal seal = new GridSeal(SECRET);
        String sealed = seal.seal("key-1", "v1|x|y");

        assertEquals("v1|x|y", new GridSeal(SECRET).open("key-1", sealed), "another member with the secret opens it");
        assertNull(seal.open("key-2", sealed), "copied under another key it does not verify");
        assertEquals(1, seal.rejected());
    }

    @Test
    void tamperedUnsealedOrForeignValuesAreRefusedAndCounted() {
        GridSeal seal = new GridSeal(SECRET);
        String sealed = seal.seal("k", "v1|L");

        assertNull(seal.open("k", sealed.replace("v1|L", "v1|R")), "a changed value");
        assertNull(seal.open("k", "v1|L"), "an unsealed value");
        assertNull(seal.open("k", new GridSeal(SECRET + "x").seal("k", "v1|L")), "a value sealed under another secret");
        assertNull(seal.open("k", 42L), "a value of another type");
        assertNull(seal.open("k", "g1:short:v1|L"), "a malformed seal");
        assertNull(seal.open("k", null), "nothing is not a refusal");
        assertEquals(5, seal.rejected());
    }

    @Test
    void aClusteredMemberWithoutASecretOfThirtyTwoCharactersRefusesToStartNamingTheVariable() {
        for (String weak : new String[] {null, "", "   ", "x".repeat(GridSeal.MIN_SECRET_LENGTH - 1)}) {
            IllegalStateException refused = assertThrows(IllegalStateException.class,
                    () -> GridSeal.forClusterMember(weak));
            assertTrue(refused.getMessage().contains("CLUSTER_SECRET"), refused.getMessage());
        }
        GridSeal.forClusterMember("x".repeat(GridSeal.MIN_SECRET_LENGTH));
    }
}
