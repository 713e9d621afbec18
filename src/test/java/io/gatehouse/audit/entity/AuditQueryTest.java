package io.gatehouse.audit.entity;

import io.gatehouse.problems.control.FeatureProblems;
import io.gatehouse.kernel.FeatureException;
import io.gatehouse.kernel.SecurityEventType;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.gatehouse.kernel.ApiProblem;
import java.time.Instant;
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
            ApiProblem problem = FeatureProblems.of(assertThrows(FeatureException.class, () -> AuditQuery.read(limit, null, null), limit));
            assertEquals(422, problem.status());
            assertEquals("invalid_request", problem.code());
        }
        ApiProblem cursor = FeatureProblems.of(assertThrows(FeatureException.class, () -> AuditQuery.read(null, "garbage", null)));
        assertEquals("cursor is not valid; pass next_cursor of the previous page unchanged", cursor.detail());
        ApiProblem type = FeatureProblems.of(assertThrows(FeatureException.class, () -> AuditQuery.read(null, null, "session.stolen")));
        assertEquals(422, type.status());
        assertEquals("type must be one of " + SecurityEventType.labels(), type.detail());
    }

    @Test
    void readsUserActorAndTimeRange() {
        UUID user = UUID.randomUUID();
        UUID actor = UUID.randomUUID();
        AuditQuery query = AuditQuery.read(null, null, "admin.lock", user.toString(), actor.toString().toUpperCase(),
                "2025-06-01T00:00:00Z", "2025-06-01T02:00:00+02:00");
        assertEquals(Optional.of(SecurityEventType.ADMIN_LOCK), query.type());
        assertEquals(Optional.of(user), query.user());
        assertEquals(Optional.of(actor), query.actor());
        assertEquals(Optional.of(Instant.parse("2025-06-01T00:00:00Z")), query.since());
        assertEquals(Optional.of(Instant.parse("2025-06-01T00:00:00Z")), query.until(), "an empty range is allowed");
        AuditQuery none = AuditQuery.read(null, null, null);
        assertEquals(Optional.empty(), none.user());
        assertEquals(Optional.empty(), none.since());
    }

    @Test
    void badFiltersAreInvalidRequests() {
        String principal = "user must be a principal id (a UUID such as the id of GET /api/v1/admin/users)";
        for (String user : new String[] {"", "user_2abc", "1-1-1-1-1", UUID.randomUUID() + "x"}) {
            ApiProblem problem = FeatureProblems.of(assertThrows(FeatureException.class, () -> AuditQuery.read(null, null, null, user, null, null, null), user));
            assertEquals(422, problem.status());
            assertEquals("invalid_request", problem.code());
            assertEquals(principal, problem.detail());
        }
        assertEquals(principal.replaceFirst("^user", "actor"),
                FeatureProblems.of(assertThrows(FeatureException.class, () -> AuditQuery.read(null, null, null, null, "me", null, null))).detail());
        for (String time : new String[] {"", "yesterday", "2025-06-01", "2025-06-01T00:00:00", "+10000-01-01T00:00:00Z",
                "1745000000"}) {
            ApiProblem problem = FeatureProblems.of(assertThrows(FeatureException.class, () -> AuditQuery.read(null, null, null, null, null, time, null), time));
            assertEquals("since must be an ISO-8601 time with an offset, such as 2025-06-01T00:00:00Z", problem.detail());
        }
        ApiProblem reversed = FeatureProblems.of(assertThrows(FeatureException.class,
                () -> AuditQuery.read(null, null, null, null, null, "2025-06-02T00:00:00Z", "2025-06-01T00:00:00Z")));
        assertEquals("since must not be after until", reversed.detail());
    }
}
