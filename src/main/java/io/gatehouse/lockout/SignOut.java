package io.gatehouse.lockout;

/** TEMPORARY STUB (wt-admin) until main's lockout package is merged. */
public record SignOut(int sessions, int agentTokens) {
}
