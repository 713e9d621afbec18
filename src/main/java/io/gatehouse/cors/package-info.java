/** CORS for the browsers of {@code CORS_ORIGINS}: credentialed calls with the {@code Authorization} header. */
package io.gatehouse.cors;
