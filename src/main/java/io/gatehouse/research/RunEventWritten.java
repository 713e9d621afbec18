package io.gatehouse.research;

import io.gatehouse.streaming.RunEvent;

/** CDI event: a run event was written in the current transaction (streams hear of it once that commits). */
public record RunEventWritten(RunEvent event) {
}
