package io.gatehouse.testing;

/** One Server-Sent Event as a client reads it. */
public record SseEvent(String id, String event, String data) {
}
