package io.gatehouse.kernel;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/** What happened; the label is what the audit trail, the API and the log lines show. */
public enum SecurityEventType {
    /** A Clerk session JWT or the local token exchanged for a session ({@code POST /auth/session}). */
    SESSION_EXCHANGE("session.exchange"),
    /** An anonymous session minted for a device ({@code POST /auth/anonymous}). */
    ANONYMOUS_MINT("session.anonymous"),
    /** A device's rows moved to a user ({@code POST /auth/rebind}); the detail says how many. */
    REBIND("session.rebind"),
    /** A caller gave back the session it authenticated with ({@code DELETE /auth/session}). */
    LOGOUT("session.logout"),
    /** A session stopped being valid, whatever the cause (logout, rebind, deletion, a revocation endpoint). */
    SESSION_REVOKE("session.revoke"),
    /** An agent token stopped being valid, whatever the cause. */
    AGENT_TOKEN_REVOKE("agent_token.revoke"),
    /** A sibling service revoked a token through {@code POST /auth/revoke} (RFC 7009). */
    TOKEN_REVOKE("token.revoke"),
    /**
     * Presented credentials refused, counted: one row per refusal code (the reason) and client address per flush
     * window, its detail starting with {@code count=N} ({@link RefusedTokens}).
     */
    TOKEN_REFUSED("token.refused"),
    /** A Clerk webhook delivery; the reason is its outcome or why it was refused. */
    WEBHOOK_DELIVERY("webhook.delivery"),
    /** A user and everything they owned deleted. */
    USER_DELETE("user.delete"),
    /** An operator signed a user out everywhere (every session and agent token); the actor is the operator. */
    ADMIN_SIGN_OUT("admin.sign_out"),
    /** An operator revoked one session of a user; the actor is the operator. */
    ADMIN_SESSION_REVOKE("admin.session_revoke"),
    /** An operator locked a user in Gatehouse; the actor is the operator. */
    ADMIN_LOCK("admin.lock"),
    /** An operator lifted the Gatehouse lock of a user; the actor is the operator. */
    ADMIN_UNLOCK("admin.unlock");

    private final String label;

    SecurityEventType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static Optional<SecurityEventType> fromLabel(String label) {
        return Arrays.stream(values()).filter(type -> type.label.equals(label)).findFirst();
    }

    /** Every label, comma-separated, for error messages and the documentation. */
    public static String labels() {
        return Arrays.stream(values()).map(SecurityEventType::label).collect(Collectors.joining(", "));
    }
}
