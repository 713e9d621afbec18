package io.gatehouse.kernel;

import io.gatehouse.kernel.CallerKind;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.UUID;

/**
 * A security event, fired as a CDI event (through {@link SecurityEvents}) where it happens and observed after
 * the surrounding transaction committed (or at once without one) by the audit writer and the audit log. It
 * never carries a token, a hash, a secret or an email: {@code detail} is a short {@code key=value} text with
 * shortened ids ({@link ShortIds}), and every text is clipped to printable characters.
 *
 * @param type        what happened
 * @param occurredAt  when, to the millisecond
 * @param principalId the principal it concerns, if any (no foreign key: the trail outlives the user)
 * @param sessionId   the session (or agent token) it concerns, if any
 * @param reason      a refusal code, an outcome or a cause, if any
 * @param ip          the client address, when it happened in a request
 * @param detail      {@code key=value} pairs, if any
 * @param actorId     who did it when that is not the principal: the operator of an admin action, else {@code null}
 */
public record SecurityEvent(SecurityEventType type, Instant occurredAt, UUID principalId, UUID sessionId, String reason,
        String ip, String detail, UUID actorId) {

    static final int MAX_REASON = 64;
    static final int MAX_IP = 64;
    static final int MAX_DETAIL = 256;

    public SecurityEvent {
        Objects.requireNonNull(type, "type");
        occurredAt = (occurredAt == null ? Instant.now() : occurredAt).truncatedTo(ChronoUnit.MILLIS);
        reason = clipped(reason, MAX_REASON);
        ip = clipped(ip, MAX_IP);
        detail = clipped(detail, MAX_DETAIL);
    }

    /** An event its principal caused (or nobody in particular): no actor. */
    public SecurityEvent(SecurityEventType type, Instant occurredAt, UUID principalId, UUID sessionId, String reason,
            String ip, String detail) {
        this(type, occurredAt, principalId, sessionId, reason, ip, detail, null);
    }

    public static SecurityEvent of(SecurityEventType type, UUID principalId, UUID sessionId, String reason, String detail) {
        return new SecurityEvent(type, Instant.now(), principalId, sessionId, reason, null, detail);
    }

    /** A session minted: an exchange (Clerk JWT or local token) or, for a device, an anonymous mint. */
    public static SecurityEvent sessionIssued(CallerKind kind, UUID principalId, UUID sessionId) {
        return kind == CallerKind.ANONYMOUS ? of(SecurityEventType.ANONYMOUS_MINT, principalId, sessionId, null, null)
                : of(SecurityEventType.SESSION_EXCHANGE, principalId, sessionId, null,
                        KeyValues.of("credential", kind == CallerKind.LOCAL ? "local_token" : "clerk_jwt").toString());
    }

    public static SecurityEvent logout(UUID principalId, UUID sessionId) {
        return of(SecurityEventType.LOGOUT, principalId, sessionId, null, null);
    }

    /**
     * A rebind that moved rows or bound the device ({@code rebound}) or found it already bound to this user;
     * {@code proof}: whether the device's anonymous token came with it; {@code secrets_deleted} (when any): the
     * device's secrets deleted rather than moved.
     */
    public static SecurityEvent rebind(UUID userPrincipalId, UUID anonymousPrincipalId, int rowsMoved, boolean firstRebind,
            boolean proof, int secretsDeleted) {
        return of(SecurityEventType.REBIND, userPrincipalId, null, firstRebind ? "rebound" : "already_rebound",
                KeyValues.of("rows_moved", rowsMoved).and("anonymous", ShortIds.of(anonymousPrincipalId))
                        .and("proof", proof ? "yes" : "no")
                        .and("secrets_deleted", secretsDeleted > 0 ? secretsDeleted : null).toString());
    }

    /** A user deleted; {@code cause}: {@code self} or {@code clerk_webhook}. */
    public static SecurityEvent userDeleted(UUID principalId, String cause) {
        return of(SecurityEventType.USER_DELETE, principalId, null, cause, null);
    }

    /** A sibling service revoked a live session or agent token (RFC 7009). */
    public static SecurityEvent tokenRevoked(UUID principalId, UUID sessionId, CallerKind kind) {
        return of(SecurityEventType.TOKEN_REVOKE, principalId, sessionId, "rfc7009",
                KeyValues.of("credential", kind == CallerKind.AGENT ? "agent_token" : "session").toString());
    }

    /**
     * A Clerk webhook delivery: its event type (null when it was refused before being read), the Clerk object it
     * concerns, and its outcome ({@code applied}, {@code ignored}, {@code duplicate}) or refusal code.
     */
    public static SecurityEvent webhook(String eventType, String clerkObjectId, String outcome) {
        return of(SecurityEventType.WEBHOOK_DELIVERY, null, null, outcome,
                eventType == null ? null : KeyValues.of("clerk_event", eventType).and("clerk_id", ShortIds.of(clerkObjectId)).toString());
    }

    /** An operator signed the user out everywhere: how many sessions and agent tokens that revoked. */
    public static SecurityEvent adminSignOut(UUID operatorId, UUID userId, int sessions, int agentTokens) {
        return byOperator(SecurityEventType.ADMIN_SIGN_OUT, operatorId, userId, null, null,
                KeyValues.of("sessions", sessions).and("agent_tokens", agentTokens).toString());
    }

    /** An operator revoked one of the user's sessions. */
    public static SecurityEvent adminSessionRevoke(UUID operatorId, UUID userId, UUID sessionId) {
        return byOperator(SecurityEventType.ADMIN_SESSION_REVOKE, operatorId, userId, sessionId, null, null);
    }

    /**
     * An operator locked the user: reason {@code locked}, or {@code already_locked} when a Gatehouse lock was in
     * place before; the detail names the lock in force afterwards ({@code lock_reason=locked_by_operator}, or a
     * Clerk ban or lock, which takes precedence).
     */
    public static SecurityEvent adminLock(UUID operatorId, UUID userId, boolean alreadyLocked, String lockReason) {
        return byOperator(SecurityEventType.ADMIN_LOCK, operatorId, userId, null, alreadyLocked ? "already_locked" : "locked",
                lockDetail(lockReason));
    }

    /**
     * An operator lifted the user's Gatehouse lock: reason {@code unlocked}, or {@code not_locked} when there was
     * none; the detail names a lock still in force (a Clerk ban or lock), none when the user is free.
     */
    public static SecurityEvent adminUnlock(UUID operatorId, UUID userId, boolean wasLocked, String lockReason) {
        return byOperator(SecurityEventType.ADMIN_UNLOCK, operatorId, userId, null, wasLocked ? "unlocked" : "not_locked",
                lockDetail(lockReason));
    }

    private static SecurityEvent byOperator(SecurityEventType type, UUID operatorId, UUID userId, UUID sessionId, String reason,
            String detail) {
        return new SecurityEvent(type, Instant.now(), userId, sessionId, reason, null, detail, Objects.requireNonNull(operatorId));
    }

    private static String lockDetail(String lockReason) {
        return lockReason == null ? null : KeyValues.of("lock_reason", lockReason).toString();
    }

    /** The same event as it happened in a request from {@code ip}, on behalf of {@code sessionId}. */
    public SecurityEvent from(String clientIp, UUID session) {
        return new SecurityEvent(type, occurredAt, principalId, session, reason, clientIp, detail, actorId);
    }

    /** Printable characters only (anything else, line breaks included, becomes {@code ?}), at most {@code max}. */
    static String clipped(String text, int max) {
        if (text == null) {
            return null;
        }
        StringBuilder clean = new StringBuilder(Math.min(text.length(), max));
        for (int i = 0; i < text.length() && clean.length() < max; i++) {
            char c = text.charAt(i);
            clean.append((c >= 0x20 && c < 0x7f) || c == '…' ? c : '?');
        }
        if (text.length() > max) {
            clean.setCharAt(max - 1, '…');
        }
        return clean.toString();
    }
}
