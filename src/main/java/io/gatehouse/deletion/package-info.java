/**
 * Deleting a user: in Clerk first (unless turned off), then locally in one transaction with everything
 * the user owns, revoking every session and agent token of the user.
 */
package io.gatehouse.deletion;
