/**
 * Authentication and access control. One {@code HttpAuthenticationMechanism} takes the credential
 * from the request and hands it to the {@link io.gatehouse.security.CredentialResolver}, which asks
 * the {@link io.gatehouse.security.CredentialAuthenticator}s that features contribute (session tokens
 * first, then Clerk JWTs). The result is a {@link io.gatehouse.security.Caller} or an
 * {@link io.gatehouse.security.AuthRefusal}; the access filter turns a refusal into the documented 401
 * only where an endpoint needs a caller, so a credential sent to a public endpoint is never an error.
 * Token formats, storage and Clerk verification live in their own features, not here.
 */
package io.gatehouse.security;
