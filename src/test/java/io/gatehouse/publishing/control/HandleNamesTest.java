package io.gatehouse.publishing.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

class HandleNamesTest {

    @Test
    void aDisplayNameBecomesLowerCaseWordsJoinedByDashes() {
        assertEquals("ada-lovelace", HandleNames.base("Ada Lovelace"));
        assertEquals("emile-zola", HandleNames.base("  Émile   Zola! "));
        assertEquals("o-brien-42", HandleNames.base("O'Brien #42"));
    }

    @Test
    void nothingUsableGivesCreator() {
        assertEquals("creator", HandleNames.base(null));
        assertEquals("creator", HandleNames.base(""));
        assertEquals("creator", HandleNames.base("李小龍"));
        assertEquals("creator", HandleNames.base("---"));
    }

    @Test
    void longNamesAreCutSoASuffixStillFits() {
        String base = HandleNames.base("Maria Magdalena Antonia Walburga of Bavaria");
        assertTrue(base.length() <= HandleNames.MAX_BASE, base);
        assertFalse(base.endsWith("-"), base);
        String handle = HandleNames.withSuffix(base, new Random(1));
        assertTrue(handle.matches("[a-z0-9_-]{3,30}"), handle);
    }

    @Test
    void shortBasesNeedASuffix() {
        assertFalse(HandleNames.usableAlone("al"));
        assertTrue(HandleNames.usableAlone("ada"));
        assertTrue(HandleNames.withSuffix("al", new Random(2)).matches("al-[a-z0-9]{4}"));
    }
}
