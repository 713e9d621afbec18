package io.gatehouse.research.entity;

import io.gatehouse.streaming.entity.RunEvent;

/** CDI event: a run event was written in the current transaction (streams hear of it once that commits). */
public record RunEventWritten(RunEvent event) {
}
