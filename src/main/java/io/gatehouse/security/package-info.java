/**
 * Authentication and access control, all of it: one {@code HttpAuthenticationMechanism} takes the credential from the
 * request ({@code CredentialExtractor}: header, {@code X-Agent-Token}, cookie with its CSRF check, WebSocket
 * subprotocol) and hands it to the {@code CredentialResolver}, which asks the authenticators in order (session and
 * agent tokens, the local token, Clerk access tokens and session JWTs). The result is a kernel {@code Caller} or an
 * {@code AuthRefusal}; the access filter turns a refusal into the documented 401 only where an endpoint needs a
 * caller. The auth mode ({@code AUTH_MODE}) lives here. Metrics and the audit trail observe the
 * {@code CredentialChecked} event the mechanism fires; token storage and Clerk verification are other features.
 */
package io.gatehouse.security;
