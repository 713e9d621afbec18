/**
 * Clerk webhooks ({@code POST /webhooks/clerk}): Svix-signed user events that keep local users in step
 * with Clerk, applied once per delivery and never out of order.
 */
package io.gatehouse.webhooks;
