package io.gatehouse.security;

/** What the caller presented. */
public enum CredentialType {
    SESSION_TOKEN,
    CLERK_JWT,
    LOCAL_TOKEN,
    AGENT_TOKEN
}
