package io.gatehouse.kernel;

import java.util.UUID;

/**
 * Ids as the audit trail shows them in details and log lines: enough to tell users apart and to find them, never
 * the whole id. A principal or session UUID keeps its first 8 hex digits; a Clerk id keeps its first 12
 * characters ({@code user_2abcDEF…}), as the Clerk client's own log lines show it.
 */
public final class ShortIds {

    static final int UUID_DIGITS = 8;
    static final int TEXT_CHARACTERS = 12;

    private ShortIds() {
    }

    public static String of(UUID id) {
        return id == null ? null : id.toString().substring(0, UUID_DIGITS);
    }

    /** A Clerk id ({@code user_…}, {@code org_…}) or any other identifier, shortened; {@code null} stays {@code null}. */
    public static String of(String id) {
        if (id == null) {
            return null;
        }
        return id.length() <= TEXT_CHARACTERS ? id : id.substring(0, TEXT_CHARACTERS) + "…";
    }
}
