package io.gatehouse.cluster.control;

import io.gatehouse.kernel.CallerKind;
import io.gatehouse.sessions.entity.CachedSession;
import java.util.UUID;

/**
 * A cached session as the data grid holds it: one line of text, so any member (and any of its threads) can
 * read it without the application's classes. {@code v1|session|principal|KIND|issued|expires|revoked|subject},
 * the subject last (it may hold any character) and marked so that none and empty differ.
 */
public final class SessionText {

    private static final String VERSION = "v1";
    private static final char SEPARATOR = '|';
    private static final int FIELDS = 8;

    private SessionText() {
    }

    public static String of(CachedSession session) {
        return VERSION + SEPARATOR + session.sessionId() + SEPARATOR + session.principalId() + SEPARATOR
                + session.kind().name() + SEPARATOR + session.issuedAtMillis() + SEPARATOR
                + session.expiresAtMillis() + SEPARATOR + (session.revoked() ? 'R' : 'L') + SEPARATOR
                + (session.subject() == null ? "" : "=" + session.subject());
    }

    /** The session the text describes; {@link IllegalArgumentException} for text of another shape or version. */
    public static CachedSession parse(String text) {
        String[] fields = text.split("\\|", FIELDS);
        if (fields.length != FIELDS || !VERSION.equals(fields[0])) {
            throw new IllegalArgumentException("not a v1 session entry");
        }
        String subject = fields[7].isEmpty() ? null : fields[7].substring(1);
        return new CachedSession(UUID.fromString(fields[1]), UUID.fromString(fields[2]),
                CallerKind.valueOf(fields[3]), subject, Long.parseLong(fields[4]), Long.parseLong(fields[5]),
                "R".equals(fields[6]));
    }
}
