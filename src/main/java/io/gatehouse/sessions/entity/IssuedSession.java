package io.gatehouse.sessions.entity;

import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.bind.annotation.JsonbPropertyOrder;

/** A freshly minted session token, shown to its owner once. */
@JsonbPropertyOrder({"token", "expiresIn"})
public record IssuedSession(
        @JsonbProperty("token") String token,
        @JsonbProperty("expires_in") int expiresIn) {
}
