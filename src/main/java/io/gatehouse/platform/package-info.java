/**
 * Application-wide plumbing that is not a feature: the start-up sequence and the clock.
 * Nothing here knows about sessions, users or HTTP.
 */
package io.gatehouse.platform;
