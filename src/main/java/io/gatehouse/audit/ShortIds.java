package io.gatehouse.audit;

import java.util.UUID;

/**
 * Ids as the audit trail shows them in details and log lines: enough to tell users apart and to find them, never
 * the whole id. A principal or session UUID keeps its first 8 hex digits; a Clerk id such as
 * {@code user_2abcXYZ…} keeps its prefix and 4 more characters.
 */
public final class ShortIds {

    static final int UUID_DIGITS = 8;
    static final int AFTER_PREFIX = 4;

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
        int underscore = id.indexOf('_');
        int keep = underscore >= 0 && underscore < 16 ? underscore + 1 + AFTER_PREFIX : UUID_DIGITS;
        return id.length() <= keep ? id : id.substring(0, keep) + "…";
    }
}
