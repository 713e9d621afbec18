package io.gatehouse.admin.entity;

import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;

/** Times as the whole API writes them: ISO-8601 instants in UTC with milliseconds; {@code null} stays {@code null}. */
final class Timestamps {

    private Timestamps() {
    }

    static String of(OffsetDateTime time) {
        return time == null ? null : time.toInstant().truncatedTo(ChronoUnit.MILLIS).toString();
    }
}
