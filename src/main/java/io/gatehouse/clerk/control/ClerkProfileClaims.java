package io.gatehouse.clerk.control;

import io.gatehouse.clerk.entity.ClerkProfile;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads a user's email and name from token claims or a Backend API user object, in the order Clerk
 * integrations use: {@code email}, {@code email_address}, {@code primary_email_address}, then the
 * {@code email_addresses} array (the primary one first); {@code name}, {@code full_name}, then first
 * and last name.
 */
public final class ClerkProfileClaims {

    private ClerkProfileClaims() {
    }

    public static ClerkProfile from(Map<String, Object> claims) {
        return new ClerkProfile(email(claims), name(claims));
    }

    static String email(Map<String, Object> claims) {
        for (String key : List.of("email", "email_address", "primary_email_address")) {
            String value = text(claims.get(key));
            if (value != null && value.contains("@")) {
                return value.toLowerCase(Locale.ROOT);
            }
        }
        return fromAddressList(claims.get("email_addresses"), text(claims.get("primary_email_address_id")));
    }

    private static String fromAddressList(Object list, String primaryId) {
        if (!(list instanceof List<?> entries)) {
            return null;
        }
        String first = null;
        for (Object entry : entries) {
            String address = entry instanceof Map<?, ?> map ? text(map.get("email_address")) : text(entry);
            if (address == null) {
                continue;
            }
            if (primaryId != null && entry instanceof Map<?, ?> map && primaryId.equals(text(map.get("id")))) {
                return address.toLowerCase(Locale.ROOT);
            }
            if (first == null) {
                first = address.toLowerCase(Locale.ROOT);
            }
        }
        return first;
    }

    static String name(Map<String, Object> claims) {
        for (String key : List.of("name", "full_name")) {
            String value = text(claims.get(key));
            if (value != null) {
                return value;
            }
        }
        String first = firstOf(claims, "first_name", "given_name");
        String last = firstOf(claims, "last_name", "family_name");
        if (first == null && last == null) {
            return null;
        }
        return first == null ? last : last == null ? first : first + " " + last;
    }

    private static String firstOf(Map<String, Object> claims, String key, String alternative) {
        String value = text(claims.get(key));
        return value != null ? value : text(claims.get(alternative));
    }

    private static String text(Object value) {
        if (value instanceof String s && !s.isBlank()) {
            return s.trim();
        }
        return null;
    }
}
