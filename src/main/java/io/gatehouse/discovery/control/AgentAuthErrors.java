package io.gatehouse.discovery.control;

import java.util.List;

/**
 * The agent-auth error codes Gatehouse publishes at {@code /.well-known/agent-auth-errors}, in their published
 * order (the WorkOS auth.md inventory, OAuth's codes first). Code that refuses an agent-auth request uses these
 * strings as its {@code code}, so the inventory and the answers cannot drift apart.
 */
public final class AgentAuthErrors {

    /** What the agent-auth endpoints answer while no public agent credential flow exists. */
    public static final String AGENT_AUTH_NOT_AVAILABLE = "agent_auth_not_available";

    public static final String INVALID_REQUEST = "invalid_request";
    public static final String ACCESS_DENIED = "access_denied";
    public static final String TEMPORARILY_UNAVAILABLE = "temporarily_unavailable";
    public static final String EMAIL_NOT_ENABLED = "email_not_enabled";
    public static final String RATE_LIMITED = "rate_limited";

    /** Every code of the inventory, in the published order. */
    public static final List<String> SUPPORTED = List.of(
            INVALID_REQUEST,
            "invalid_issuer",
            "invalid_client",
            "invalid_client_id",
            "invalid_grant",
            "unauthorized_client",
            "unsupported_grant_type",
            "unsupported_response_type",
            "invalid_scope",
            ACCESS_DENIED,
            "expired",
            "server_error",
            TEMPORARILY_UNAVAILABLE,
            "interaction_required",
            "login_required",
            "consent_required",
            "account_selection_required",
            "invalid_signature",
            "replay_detected",
            "invalid_audience",
            "audience_mismatch",
            "credential_expired",
            "missing_verified_email",
            "insufficient_user_authentication",
            "anonymous_not_enabled",
            "identity_assertion_not_enabled",
            EMAIL_NOT_ENABLED,
            "unsupported_credential_type",
            RATE_LIMITED,
            "invalid_claim_token",
            "claimed_or_in_flight",
            "otp_invalid",
            "otp_expired",
            "claim_expired",
            "previously_claimed");

    private AgentAuthErrors() {
    }
}
