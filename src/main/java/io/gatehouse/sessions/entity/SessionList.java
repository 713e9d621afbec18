package io.gatehouse.sessions.entity;

import jakarta.json.bind.annotation.JsonbProperty;
import java.util.List;

/** The answer of {@code GET /auth/sessions}: the caller's active sessions, newest first. */
public record SessionList(@JsonbProperty("sessions") List<SessionView> sessions) {
}
