package io.gatehouse.rebind.entity;

import java.util.Locale;

/**
 * {@code REBIND_PROOF}: whether {@code POST /auth/rebind} must come with a live anonymous session token of the
 * device ({@code anonymous_token}) as proof of possession. {@code optional}, the default, keeps the device id alone
 * enough for ordinary rows; {@code required} refuses a rebind without it.
 */
public enum RebindProof {
    OPTIONAL,
    REQUIRED;

    /**
     * @param raw the configured value, {@code null} or blank for the default
     * @throws IllegalArgumentException naming the allowed values
     */
    public static RebindProof parse(String raw) {
        String value = raw == null ? "" : raw.trim().toLowerCase(Locale.ROOT);
        return switch (value) {
            case "", "optional" -> OPTIONAL;
            case "required" -> REQUIRED;
            default -> throw new IllegalArgumentException("REBIND_PROOF must be optional or required");
        };
    }
}
