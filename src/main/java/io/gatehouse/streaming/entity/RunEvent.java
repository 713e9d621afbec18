package io.gatehouse.streaming.entity;

import java.util.UUID;

/**
 * One event of a research run, as streams send it.
 *
 * @param runId   the run
 * @param ownerId the principal owning the run when the event was written
 * @param id      the event's number within the run (1, 2, …): the SSE {@code id}, what {@code Last-Event-ID} names
 * @param event   the event's name ({@code started}, {@code progress}, {@code completed}, …)
 * @param data    the event's data, a JSON object as text
 * @param last    whether this is the run's final event (after it a run stream ends)
 */
public record RunEvent(UUID runId, UUID ownerId, long id, String event, String data, boolean last) {
}
