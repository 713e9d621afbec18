package io.gatehouse.audit;

import io.gatehouse.problems.ApiProblem;
import java.util.Optional;

/**
 * The query parameters of {@code GET /api/v1/audit}, read strictly: {@code limit} (default {@value #DEFAULT_LIMIT},
 * values over {@value #MAX_LIMIT} give {@value #MAX_LIMIT}), {@code cursor} (a {@code next_cursor} passed back) and
 * {@code type} (one event type). Anything else answers 422 {@code invalid_request}.
 *
 * @param limit  how many events at most
 * @param cursor where the previous page ended, if any
 * @param type   the only type wanted, if any
 */
public record AuditQuery(int limit, Optional<AuditCursor> cursor, Optional<SecurityEventType> type) {

    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 200;

    public static AuditQuery read(String limit, String cursor, String type) {
        return new AuditQuery(limit(limit), cursor(cursor), type(type));
    }

    static int limit(String raw) {
        if (raw == null) {
            return DEFAULT_LIMIT;
        }
        String digits = raw.matches("[0-9]+") ? raw.replaceFirst("^0+", "") : "";
        if (digits.isEmpty()) {
            throw invalid("limit must be a positive integer (at most " + MAX_LIMIT + " are returned)");
        }
        return digits.length() > 3 ? MAX_LIMIT : Math.min(Integer.parseInt(digits), MAX_LIMIT);
    }

    static Optional<AuditCursor> cursor(String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        return Optional.of(AuditCursor.decode(raw)
                .orElseThrow(() -> invalid("cursor is not valid; pass next_cursor of the previous page unchanged")));
    }

    static Optional<SecurityEventType> type(String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        return Optional.of(SecurityEventType.fromLabel(raw)
                .orElseThrow(() -> invalid("type must be one of " + SecurityEventType.labels())));
    }

    private static ApiProblem invalid(String detail) {
        return new ApiProblem(422, "invalid_request", detail);
    }
}
