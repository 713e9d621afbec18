package io.gatehouse.audit.entity;

import io.gatehouse.kernel.FeatureException.Reason;
import io.gatehouse.kernel.SecurityEventType;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;

/**
 * The query parameters of {@code GET /api/v1/audit}, read strictly: {@code limit} (default {@value #DEFAULT_LIMIT},
 * values over {@value #MAX_LIMIT} give {@value #MAX_LIMIT}), {@code cursor} (a {@code next_cursor} passed back), and
 * the filters, which combine: {@code type} (one event type), {@code user} (the principal an event concerns),
 * {@code actor} (the operator of an admin action), {@code since} (inclusive) and {@code until} (exclusive), ISO-8601
 * times with an offset. Anything else answers 422 {@code invalid_request}.
 *
 * @param limit  how many events at most
 * @param cursor where the previous page ended, if any
 * @param type   the only type wanted, if any
 * @param user   the only principal wanted, if any
 * @param actor  the only operator wanted, if any
 * @param since  the earliest time wanted, if any
 * @param until  the time before which events are wanted, if any
 */
public record AuditQuery(int limit, Optional<AuditCursor> cursor, Optional<SecurityEventType> type, Optional<UUID> user,
        Optional<UUID> actor, Optional<Instant> since, Optional<Instant> until) {

    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 200;
    /** The first and last instants a database column holds (years 1 to 9999), so no filter can break a query. */
    private static final Instant EARLIEST = Instant.parse("0001-01-01T00:00:00Z");
    private static final Instant LATEST = Instant.parse("9999-12-31T23:59:59.999Z");

    public static AuditQuery read(String limit, String cursor, String type) {
        return read(limit, cursor, type, null, null, null, null);
    }

    public static AuditQuery read(String limit, String cursor, String type, String user, String actor, String since,
            String until) {
        Optional<Instant> from = time("since", since);
        Optional<Instant> to = time("until", until);
        if (from.isPresent() && to.isPresent() && from.get().isAfter(to.get())) {
            throw invalid("since must not be after until");
        }
        return new AuditQuery(limit(limit), cursor(cursor), type(type), principal("user", user), principal("actor", actor),
                from, to);
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

    /** A principal id in its usual form (36 characters, either case). */
    static Optional<UUID> principal(String name, String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        try {
            UUID id = UUID.fromString(raw);
            if (id.toString().equalsIgnoreCase(raw)) {
                return Optional.of(id);
            }
        } catch (IllegalArgumentException e) {
            // answered below
        }
        throw invalid(name + " must be a principal id (a UUID such as the id of GET /api/v1/admin/users)");
    }

    /** An ISO-8601 time with an offset ({@code 2025-06-01T00:00:00Z}, {@code 2025-06-01T02:00:00+02:00}). */
    static Optional<Instant> time(String name, String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        try {
            Instant instant = OffsetDateTime.parse(raw).toInstant();
            if (!instant.isBefore(EARLIEST) && !instant.isAfter(LATEST)) {
                return Optional.of(instant);
            }
        } catch (DateTimeException e) {
            // answered below
        }
        throw invalid(name + " must be an ISO-8601 time with an offset, such as 2025-06-01T00:00:00Z");
    }

    private static AuditException invalid(String detail) {
        return new AuditException(Reason.UNPROCESSABLE, "invalid_request", detail);
    }
}
