package io.gatehouse.kernel;

/** What the caller presented. */
public enum CredentialType {
    SESSION_TOKEN,
    CLERK_JWT,
    LOCAL_TOKEN,
    AGENT_TOKEN,
    /** An OAuth access token (RFC 9068, {@code typ: at+jwt}) that Clerk issued to an MCP client. */
    ACCESS_TOKEN
}
