package io.gatehouse.bootstrap.entity;

import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.bind.annotation.JsonbPropertyOrder;

/** The answer of {@code GET /auth/bootstrap}. */
@JsonbPropertyOrder({"profile", "subscription", "secrets"})
public record BootstrapView(
        @JsonbProperty("profile") ProfileView profile,
        @JsonbProperty("subscription") SubscriptionView subscription,
        @JsonbProperty("secrets") SecretsView secrets) {

    /** Name and email stay in the document as {@code null} while unknown. */
    @JsonbPropertyOrder({"name", "email", "plan", "creditsUsed", "creditsTotal", "projectCount"})
    public record ProfileView(
            @JsonbProperty("name") @JsonbNillable String name,
            @JsonbProperty("email") @JsonbNillable String email,
            @JsonbProperty("plan") String plan,
            @JsonbProperty("credits_used") int creditsUsed,
            @JsonbProperty("credits_total") int creditsTotal,
            @JsonbProperty("project_count") long projectCount) {
    }

    @JsonbPropertyOrder({"plan", "creditsUsed", "creditsTotal"})
    public record SubscriptionView(
            @JsonbProperty("plan") String plan,
            @JsonbProperty("credits_used") int creditsUsed,
            @JsonbProperty("credits_total") int creditsTotal) {
    }

    @JsonbPropertyOrder({"hasGithubPat", "hasAnthropicKey", "hasOpenaiKey"})
    public record SecretsView(
            @JsonbProperty("has_github_pat") boolean hasGithubPat,
            @JsonbProperty("has_anthropic_key") boolean hasAnthropicKey,
            @JsonbProperty("has_openai_key") boolean hasOpenaiKey) {
    }
}
