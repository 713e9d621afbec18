/**
 * Token introspection (RFC 7662, {@code POST /auth/introspect}) and revocation (RFC 7009, {@code POST /auth/revoke})
 * for sibling services: a service configured in {@code INTROSPECTION_CLIENTS} authenticates with HTTP Basic and asks
 * whether a Gatehouse session or agent token is active (answered from the in-memory session cache, never the
 * database), or has one revoked at once (through the same transactional path as a logout, so every cache hears of
 * it). It does not verify Clerk JWTs or access tokens (they are always inactive here), mint credentials, or serve
 * end users; the Bearer authentication of the rest of the API plays no part in it.
 */
package io.gatehouse.introspection;
