/**
 * Which credentials the deployment accepts: {@code AUTH_MODE=clerk} (Clerk JWTs) or {@code local} (one
 * shared {@code LOCAL_AUTH_TOKEN} for a self-hosted install), checked once at start-up.
 */
package io.gatehouse.authmode;
