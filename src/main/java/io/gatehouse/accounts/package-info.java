/**
 * Principals, the owners of rows: anonymous devices (one principal per device id, however many mints
 * race) and signed-in users synced from Clerk claims, with the Backend API filling what the token
 * lacks. Also turns a verified Clerk JWT into a caller. Sessions and rebinding are other features.
 */
package io.gatehouse.accounts;
