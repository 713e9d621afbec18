package io.gatehouse.lockout.entity;

/** What signing a user out everywhere revoked. */
public record SignOut(int sessions, int agentTokens) {
}
