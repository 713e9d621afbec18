package io.gatehouse.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.gatehouse.problems.ApiProblem;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class AuditQueryTest {

    @Test
    void defaultsToFiftyOfEveryTypeFromTheNewest() {
        AuditQuery query = AuditQuery.read(null, null, null);
        assertEquals(50, query.limit());
        assertEquals(Optional.empty(), query.cursor());
        assertEquals(Optional.empty(), query.type());
    }

    @Test
    void readsLimitCursorAndType() {
        AuditCursor cursor = new AuditCursor(42, UUID.randomUUID());
        AuditQuery query = AuditQuery.read("7", cursor.encode(), "session.rebind");
        assertEquals(7, query.limit());
        assertEquals(Optional.of(cursor), query.cursor());
        assertEquals(Optional.of(SecurityEventType.REBIND), query.type());
    }

    @Test
    void limitsOverTwoHundredGiveTwoHundred() {
        assertEquals(200, AuditQuery.limit("200"));
        assertEquals(200, AuditQuery.limit("201"));
        assertEquals(200, AuditQuery.limit("99999999999999999999"));
        assertEquals(3, AuditQuery.limit("003"));
    }

    @Test
    void badValuesAreInvalidRequests() {
        for (String limit : new String[] {"0", "-1", "", "ten", "1.5", " 5"}) {
            ApiProblem problem = assertThrows(ApiProblem.class, () -> AuditQuery.read(limit, null, null), limit);
            assertEquals(422, problem.status());
            assertEquals("invalid_request", problem.code());
        }
        ApiProblem cursor = assertThrows(ApiProblem.class, () -> AuditQuery.read(null, "garbage", null));
        assertEquals("cursor is not valid; pass next_cursor of the previous page unchanged", cursor.detail());
        ApiProblem type = assertThrows(ApiProblem.class, () -> AuditQuery.read(null, null, "session.stolen"));
        assertEquals(422, type.status());
        assertEquals("type must be one of " + SecurityEventType.labels(), type.detail());
    }
}
