package io.gatehouse.cluster.control;

import io.gatehouse.streaming.entity.RunEvent;
import java.util.UUID;

/**
 * A run event as it crosses the data grid: {@code v1|run|owner|id|event|last|data}, the data (JSON, any
 * character) last.
 */
public final class RunEventText {

    private static final String VERSION = "v1";
    private static final int FIELDS = 7;

    private RunEventText() {
    }

    public static String of(RunEvent event) {
        return VERSION + '|' + event.runId() + '|' + event.ownerId() + '|' + event.id() + '|' + event.event() + '|'
                + (event.last() ? 'T' : 'F') + '|' + event.data();
    }

    public static RunEvent parse(String text) {
        String[] fields = text.split("\\|", FIELDS);
        if (fields.length != FIELDS || !VERSION.equals(fields[0])) {
            throw new IllegalArgumentException("not a v1 run event");
        }
        return new RunEvent(UUID.fromString(fields[1]), UUID.fromString(fields[2]), Long.parseLong(fields[3]),
                fields[4], fields[6], "T".equals(fields[5]));
    }
}
