package io.gatehouse.sessions.entity;

import io.gatehouse.kernel.TokenHash;

/** CDI event fired on this instance for each revoked session, e.g. for open streams to close. */
public record SessionRevoked(TokenHash hash) {
}
