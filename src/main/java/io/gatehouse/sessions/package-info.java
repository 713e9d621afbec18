/**
 * Opaque session tokens: minting them (256 random bits, prefixed {@code msc_} for signed-in users and
 * {@code ms_sess_} for anonymous devices), storing only their SHA-256, validating them on every request
 * with one in-memory lookup, and revoking them. Sessions are persisted so a restart logs nobody out;
 * the in-memory {@link io.gatehouse.sessions.control.SessionCache} is loaded from the database at boot and kept
 * in step after each commit. A caller's own sessions can be listed and revoked ({@code /auth/sessions});
 * when each was last used is noted in memory on the request path and written to the database lazily
 * ({@link io.gatehouse.sessions.control.SessionActivity}). Who the session belongs to is the accounts feature's business.
 */
package io.gatehouse.sessions;
