/**
 * The public discovery surface for OAuth/MCP clients and agents: the protected-resource metadata (RFC 9728)
 * with its {@code agent_auth} boundary, Clerk's authorization-server metadata passed through, the agent-auth
 * endpoints that refuse with {@code agent_auth_not_available}, the error inventory, {@code /llms.txt},
 * {@code /auth.md}, the agent skill and {@code /openapi.json}. Every URL it publishes comes from configuration
 * ({@link io.gatehouse.http.entity.ProtectedResource}), never from the request. It does not authenticate anyone,
 * issue credentials or decide what a token may do: that is {@code security}'s and the features' business.
 */
package io.gatehouse.discovery;
