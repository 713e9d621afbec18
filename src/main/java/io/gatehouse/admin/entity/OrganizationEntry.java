package io.gatehouse.admin.entity;

import io.gatehouse.accounts.entity.OrganizationRole;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.bind.annotation.JsonbPropertyOrder;

/** A Clerk organization of the user ({@code id} is Clerk's {@code org_…}), with the role of the user's latest token. */
@JsonbPropertyOrder({"id", "slug", "role"})
public record OrganizationEntry(
        @JsonbProperty("id") String id,
        @JsonbProperty("slug") @JsonbNillable String slug,
        @JsonbProperty("role") String role) {

    public static OrganizationEntry of(OrganizationRole membership) {
        return new OrganizationEntry(membership.clerkOrgId(), membership.slug(), membership.role());
    }
}
