/**
 * Everything that speaks Clerk: the signing keys (JWKS with caching, background refresh, rate-limited
 * refetch on an unknown {@code kid} and outage tolerance, all from nimbus-jose-jwt), the verification of
 * Clerk session JWTs with the claim rules Gatehouse enforces, reading a user's email and name from
 * claims, the Backend API client, and Clerk's OAuth authorization-server metadata (cached, served stale
 * while Clerk is down). It knows nothing about sessions or the database.
 */
package io.gatehouse.clerk;
