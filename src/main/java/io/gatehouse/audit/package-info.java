/**
 * The audit trail and the audit log of security events: session exchanges and mints, rebinds, logouts,
 * revocations, refused tokens, Clerk webhook deliveries and user deletions. Features report an event with one
 * call to {@link io.gatehouse.kernel.SecurityEvents} where it happens; it is a CDI event that two observers
 * take once the surrounding transaction committed: {@link io.gatehouse.audit.control.AuditWriter} (a bounded queue,
 * batch inserts on the managed executor, never in the request's way) and {@link io.gatehouse.audit.control.AuditLog}
 * (one {@code key=value} line on the logger {@code io.gatehouse.audit}). Refused credentials are no such event:
 * {@link io.gatehouse.audit.control.RefusedTokens} counts them in memory and writes one {@code token.refused} row per
 * refusal code and client address per flush window, so a flood of them never queues in front of a security
 * event. {@code GET /api/v1/audit} reads the trail for super-admins. Never a token, a hash, a secret or an email. Deciding who is a super-admin is the
 * accounts feature's business; what the events mean is each reporting feature's.
 */
package io.gatehouse.audit;
