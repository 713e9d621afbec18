package io.gatehouse.admin.entity;

import io.gatehouse.sessions.entity.SessionView;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.UUID;

/** One active session of a user as an operator sees it: its id (for revoking it), never its token or hash. */
@JsonbPropertyOrder({"id", "kind", "createdAt", "lastSeenAt", "expiresAt", "ip", "userAgent"})
public record SessionEntry(
        @JsonbProperty("id") UUID id,
        @JsonbProperty("kind") String kind,
        @JsonbProperty("created_at") String createdAt,
        @JsonbProperty("last_seen_at") String lastSeenAt,
        @JsonbProperty("expires_at") String expiresAt,
        @JsonbProperty("ip") @JsonbNillable String ip,
        @JsonbProperty("user_agent") @JsonbNillable String userAgent) {

    /** The owner's view of the session, without {@code current}, which means nothing to an operator. */
    public static SessionEntry of(SessionView session) {
        return new SessionEntry(session.id(), session.kind(), session.createdAt(), session.lastSeenAt(), session.expiresAt(),
                session.ip(), session.userAgent());
    }
}
