package io.gatehouse.sessions.entity;

import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * One active session as its owner sees it in {@code GET /auth/sessions}: its id, never its token or hash.
 * Timestamps are ISO-8601 instants in UTC with milliseconds, as elsewhere in the API.
 */
@JsonbPropertyOrder({"id", "kind", "createdAt", "lastSeenAt", "expiresAt", "userAgent", "ip", "current"})
public record SessionView(
        @JsonbProperty("id") UUID id,
        @JsonbProperty("kind") String kind,
        @JsonbProperty("created_at") String createdAt,
        @JsonbProperty("last_seen_at") String lastSeenAt,
        @JsonbProperty("expires_at") String expiresAt,
        @JsonbProperty("user_agent") @JsonbNillable String userAgent,
        @JsonbProperty("ip") @JsonbNillable String ip,
        @JsonbProperty("current") boolean current) {

    /**
     * @param seenHereMillis the last use this instance noted and may not have written yet (0 when none): shown
     *                       when newer than the database's value
     */
    public static SessionView of(Session session, long seenHereMillis, boolean current) {
        Instant stored = session.lastSeenAt().toInstant();
        Instant lastSeen = seenHereMillis > stored.toEpochMilli() ? Instant.ofEpochMilli(seenHereMillis) : stored;
        return new SessionView(session.id(), session.kind().label(), timestamp(session.createdAt().toInstant()),
                timestamp(lastSeen), timestamp(session.expiresAt().toInstant()), session.userAgent(), session.ip(), current);
    }

    private static String timestamp(Instant time) {
        return time.truncatedTo(ChronoUnit.MILLIS).toString();
    }
}
