package io.gatehouse.accounts.entity;

import io.gatehouse.accounts.entity.OrganizationRole;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;

/** {@code GET /api/v1/users/me/organizations}: the Clerk organizations the user's tokens named, with the role. */
public record OrganizationsView(@JsonbProperty("organizations") List<Entry> organizations) {

    public static OrganizationsView of(List<OrganizationRole> roles) {
        return new OrganizationsView(roles.stream().map(r -> new Entry(r.clerkOrgId(), r.slug(), r.role())).toList());
    }

    @JsonbPropertyOrder({"id", "slug", "role"})
    public record Entry(
            @JsonbProperty("id") String id,
            @JsonbProperty("slug") @JsonbNillable String slug,
            @JsonbProperty("role") String role) {
    }
}
