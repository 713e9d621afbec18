package io.gatehouse.admin.entity;

import io.gatehouse.kernel.FeatureException.Reason;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * The query parameters of {@code GET /api/v1/admin/users}, read strictly: {@code query} (matched against email and
 * name, case-insensitive substrings; the Clerk user id, a prefix; the principal id, exactly; blank or absent: every
 * user), {@code limit} (default {@value #DEFAULT_LIMIT}, values over {@value #MAX_LIMIT} give {@value #MAX_LIMIT})
 * and {@code cursor} (a {@code next_cursor} passed back). Anything else answers 422 {@code invalid_request}.
 *
 * @param text   the search text, trimmed, if any
 * @param limit  how many users at most
 * @param cursor where the previous page ended, if any
 */
public record UserSearch(Optional<String> text, int limit, Optional<UserCursor> cursor) {

    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 200;
    /** As long as the longest email the users table holds. */
    public static final int MAX_QUERY = 320;
    /** The LIKE escape character of the search patterns: rare in emails, names and Clerk ids, and no SQL quirks. */
    public static final char ESCAPE = '!';

    public static UserSearch read(String query, String limit, String cursor) {
        return new UserSearch(text(query), limit(limit), cursor(cursor));
    }

    static Optional<String> text(String raw) {
        if (raw == null || raw.isBlank()) {
            return Optional.empty();
        }
        String text = raw.strip();
        if (text.length() > MAX_QUERY) {
            throw invalid("query must be at most " + MAX_QUERY + " characters");
        }
        return Optional.of(text);
    }

    static int limit(String raw) {
        if (raw == null) {
            return DEFAULT_LIMIT;
        }
        String digits = raw.matches("[0-9]+") ? raw.replaceFirst("^0+", "") : "";
        if (digits.isEmpty()) {
            throw invalid("limit must be a positive integer (at most " + MAX_LIMIT + " are returned)");
        }
        return digits.length() > 3 ? MAX_LIMIT : Math.min(Integer.parseInt(digits), MAX_LIMIT);
    }

    static Optional<UserCursor> cursor(String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        return Optional.of(UserCursor.decode(raw)
                .orElseThrow(() -> invalid("cursor is not valid; pass next_cursor of the previous page unchanged")));
    }

    /** The LIKE pattern of a case-insensitive substring match on lower-cased columns. */
    public String containsPattern() {
        return "%" + escaped(text.orElseThrow().toLowerCase(Locale.ROOT)) + "%";
    }

    /** The LIKE pattern of a case-sensitive prefix match (Clerk ids are case-sensitive). */
    public String prefixPattern() {
        return escaped(text.orElseThrow()) + "%";
    }

    /** The principal id the text names exactly, when it is one. */
    public Optional<UUID> principalId() {
        return text.flatMap(value -> {
            try {
                UUID id = UUID.fromString(value);
                return id.toString().equalsIgnoreCase(value) ? Optional.of(id) : Optional.empty();
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
        });
    }

    static String escaped(String text) {
        StringBuilder pattern = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '%' || c == '_' || c == ESCAPE) {
                pattern.append(ESCAPE);
            }
            pattern.append(c);
        }
        return pattern.toString();
    }

    private static AdminException invalid(String detail) {
        return new AdminException(Reason.UNPROCESSABLE, "invalid_request", detail);
    }
}
