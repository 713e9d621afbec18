/**
 * Research runs: a principal starts a run on one of its own projects, spending one credit (taken race-free in
 * the run's own transaction); the run executes on the managed executor (simulated: a configurable number of
 * timed steps), writes its events to the database, and can be cancelled. Runs are owned rows that move with a
 * rebind. Streaming the events (SSE, WebSocket), keeping sessions alive and closing streams belong to the
 * streaming feature; plans and credit totals to the profile feature.
 */
package io.gatehouse.research;
