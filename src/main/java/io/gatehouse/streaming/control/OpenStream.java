package io.gatehouse.streaming.control;

/** An open SSE or WebSocket stream, as the registry and the keep-alive see it. */
public interface OpenStream {

    StreamClient client();

    /** Sends something the client ignores, so a dead connection shows itself; never blocks. */
    void ping();

    /** Closes the stream (a no-op once closed); {@code reason} is for the client, {@code null} for a normal end. */
    void close(String reason);
}
