/**
 * Locking users out: an operator's lock and Clerk's ban or lock end every session and agent token of the user at
 * once, on every instance, and keep the user's Clerk JWTs refused until lifted; signing a user out everywhere.
 */
package io.gatehouse.lockout;
