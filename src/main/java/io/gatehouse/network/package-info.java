/**
 * Who the client of a request is: {@link io.gatehouse.network.control.ClientAddress}, the one rule (socket address, or behind
 * {@code TRUSTED_PROXIES} the right-most untrusted {@code X-Forwarded-For} hop) that rate limits, the audit trail and
 * the sessions list all use, and the parsing of addresses and ranges behind it. It never looks a host name up, and
 * it knows nothing of what the address is used for.
 */
package io.gatehouse.network;
