package io.gatehouse.clerk.entity;

import java.util.Map;
import java.util.Optional;

/**
 * The organization a Clerk session token says is active, with the user's role in it (without Clerk's
 * {@code org:} prefix, e.g. {@code admin}).
 *
 * @param clerkOrgId the {@code org_…} id
 * @param slug       the organization's slug, if the token carries one
 * @param role       the user's role, {@code member} when the token names none
 */
public record ActiveOrganization(String clerkOrgId, String slug, String role) {

    /**
     * From the v2 {@code o} claim ({@code id}, {@code slg}, {@code rol}), else the v1 {@code org_id},
     * {@code org_slug} and {@code org_role} claims.
     */
    public static Optional<ActiveOrganization> from(Map<String, Object> claims) {
        if (claims.get("o") instanceof Map<?, ?> o && text(o.get("id")) != null) {
            return Optional.of(new ActiveOrganization(text(o.get("id")), text(o.get("slg")), role(text(o.get("rol")))));
        }
        String id = text(claims.get("org_id"));
        if (id != null) {
            return Optional.of(new ActiveOrganization(id, text(claims.get("org_slug")), role(text(claims.get("org_role")))));
        }
        return Optional.empty();
    }

    private static String role(String value) {
        if (value == null) {
            return "member";
        }
        String role = value.startsWith("org:") ? value.substring(4) : value;
        return role.length() <= 64 ? role : role.substring(0, 64);
    }

    private static String text(Object value) {
        return value instanceof String s && !s.isBlank() && s.length() <= 256 ? s.trim() : null;
    }
}
