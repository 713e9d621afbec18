package io.gatehouse.http.control;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PercentEncodingTest {

    @Test
    void wellFormedEscapesDecodeToUtf8() {
        for (String ok : new String[] {null, "", "/projects", "/a%20b", "sort=recent&limit=5", "q=%E2%9C%93", "q=caf%C3%A9",
                "/x%2Fy", "cursor=abc%3D%3D", "a=%00"}) {
            assertTrue(PercentEncoding.isWellFormed(ok), String.valueOf(ok));
        }
    }

    @Test
    void malformedEscapesOrBytesThatAreNotUtf8AreNot() {
        for (String bad : new String[] {"%zz", "/projects/%", "/x/%2", "a=%g0", "%u0041", "%%", "a=%ff", "%c0%af", "%ed%a0%80",
                "%e2%82", "/caf\u00e9", "/\u2713"}) {
            assertFalse(PercentEncoding.isWellFormed(bad), bad);
        }
    }
}
