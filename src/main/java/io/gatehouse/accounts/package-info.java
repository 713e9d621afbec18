/**
 * Principals, the owners of rows: anonymous devices (one principal per device id, however many mints race) and
 * signed-in users synced from Clerk claims, with the Backend API filling what the token lacks; the user's own
 * endpoints ({@code /api/v1/users/me}: profile, organizations, deletion). Deleting a user fires
 * {@link io.gatehouse.accounts.entity.UserDeleting} in the deleting transaction, which sessions and agent tokens
 * observe. Turning a credential into a caller is {@code security}'s; sessions and rebinding are other features.
 */
package io.gatehouse.accounts;
