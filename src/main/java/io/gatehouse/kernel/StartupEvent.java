package io.gatehouse.kernel;

/**
 * Fired once the database schema is migrated, before the first request is served. Features that
 * must warm up (the session cache, the Clerk keys) observe it instead of the raw CDI life-cycle
 * event, so they never run before the schema exists.
 */
public record StartupEvent() {
}
