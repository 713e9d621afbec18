package io.gatehouse.accounts.entity;

import io.gatehouse.accounts.entity.UserAccount;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.UUID;

/**
 * The user document of {@code /api/v1/auth/bootstrap} and {@code /api/v1/users/me}, field for field as
 * Mission Control documents it.
 */
@JsonbPropertyOrder({"id", "clerkUserId", "email", "name", "preferredName", "pronouns", "timezone", "notes", "context",
        "superAdmin"})
public record UserDocument(
        @JsonbProperty("id") UUID id,
        @JsonbProperty("clerk_user_id") String clerkUserId,
        @JsonbProperty("email") @JsonbNillable String email,
        @JsonbProperty("name") @JsonbNillable String name,
        @JsonbProperty("preferred_name") @JsonbNillable String preferredName,
        @JsonbProperty("pronouns") @JsonbNillable String pronouns,
        @JsonbProperty("timezone") @JsonbNillable String timezone,
        @JsonbProperty("notes") @JsonbNillable String notes,
        @JsonbProperty("context") @JsonbNillable String context,
        @JsonbProperty("is_super_admin") boolean superAdmin) {

    /**
     * The document; the email stays {@code null} unless the caller may see it (an access token needs
     * {@code email}); {@code superAdmin} as {@link io.gatehouse.accounts.control.SuperAdmins} decides it.
     */
    public static UserDocument of(UserAccount account, boolean withEmail, boolean superAdmin) {
        return new UserDocument(account.principalId(), account.clerkUserId(), withEmail ? account.email() : null, account.name(),
                account.preferredName(), account.pronouns(), account.timezone(), account.notes(), account.context(),
                superAdmin);
    }
}
