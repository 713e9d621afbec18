package io.gatehouse.sessions;

/** CDI event fired on this instance for each revoked session, e.g. for open streams to close. */
public record SessionRevoked(TokenHash hash) {
}
