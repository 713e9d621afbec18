/**
 * The admin API ({@code /api/v1/admin}): super-admins find users, see a user's organizations, lock state, active
 * sessions and agent tokens (never a token or a hash), sign a user out everywhere, revoke one session, and lock or
 * unlock a user in Gatehouse. Each action is written to the audit trail with the operator as its actor. Split into
 * {@code boundary} (HTTP, thin), {@code control} (who may, the searches and the actions) and {@code entity} (the
 * documents). Who is a super-admin is the accounts feature's business; what a lock does is the lockout feature's;
 * revoking is the sessions' and agents' own.
 */
package io.gatehouse.admin;
