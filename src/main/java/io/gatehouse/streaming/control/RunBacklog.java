package io.gatehouse.streaming.control;

import io.gatehouse.streaming.entity.RunEvent;
import java.util.List;
import java.util.UUID;

/** Where a run stream reads the events it has not sent yet: the database holds every event in order. */
public interface RunBacklog {

    /** The run's events numbered after {@code afterId}, in order. */
    List<RunEvent> after(UUID runId, long afterId);
}
