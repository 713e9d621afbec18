package io.gatehouse.admin.entity;

import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;
import java.util.Map;

/**
 * {@code GET /api/v1/admin/overview}: what the operations console's overview shows. Readiness and its checks as
 * {@code /health/ready} has them (Gatehouse's own checks); this instance and the instances running with it; the
 * active sessions (every instance's, since each keeps them all) and this instance's open streams; and this instance's
 * authentications per minute and outcome over the last 15 minutes.
 */
@JsonbPropertyOrder({"status", "checks", "instance", "activeSessions", "openStreams", "authentications"})
public record Overview(
        @JsonbProperty("status") String status,
        @JsonbProperty("checks") List<Check> checks,
        @JsonbProperty("instance") Instance instance,
        @JsonbProperty("active_sessions") long activeSessions,
        @JsonbProperty("open_streams") long openStreams,
        @JsonbProperty("authentications") Authentications authentications) {

    /** One readiness check: {@code UP} or {@code DOWN}, and its data (never a secret). */
    @JsonbPropertyOrder({"name", "status", "data"})
    public record Check(
            @JsonbProperty("name") String name,
            @JsonbProperty("status") String status,
            @JsonbProperty("data") Map<String, Object> data) {
    }

    /**
     * This instance's id, whether it is one of a cluster, and the ids of every instance running (its own included,
     * sorted).
     */
    @JsonbPropertyOrder({"id", "clustered", "members"})
    public record Instance(
            @JsonbProperty("id") String id,
            @JsonbProperty("clustered") boolean clustered,
            @JsonbProperty("members") List<String> members) {
    }

    /**
     * Authentications per minute: {@code minutes} are the minutes' starts (ISO-8601, UTC), oldest first, the current
     * unfinished minute last; {@code outcomes} has one array per outcome of {@code gatehouse_authentications_total}
     * ({@code ok}, {@code expired}, {@code invalid}, …), one count per minute, {@code null} for a minute this instance
     * did not observe (before it started).
     */
    @JsonbPropertyOrder({"minutes", "outcomes"})
    public record Authentications(
            @JsonbProperty("minutes") List<String> minutes,
            @JsonbProperty("outcomes") @JsonbNillable Map<String, List<Long>> outcomes) {
    }
}
