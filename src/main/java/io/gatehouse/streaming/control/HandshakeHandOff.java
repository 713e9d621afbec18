package io.gatehouse.streaming.control;

import jakarta.servlet.ServletException;
import java.io.IOException;

/**
 * Hands the client the WebSocket gate accepted to the endpoint's handshake on the same thread, so a handshake's
 * credential is resolved once (by the authentication mechanism) rather than again by the WebSocket runtime.
 * Both servers run the handshake inside the filter chain; where one does not, the handshake resolves it itself.
 */
public final class HandshakeHandOff {

    private static final ThreadLocal<StreamClient> ACCEPTED = new ThreadLocal<>();

    private HandshakeHandOff() {
    }

    /** Runs {@code handshake} with {@code client} handed over; cleared afterwards whatever happens. */
    public static void during(StreamClient client, Handshake handshake) throws IOException, ServletException {
        ACCEPTED.set(client);
        try {
            handshake.run();
        } finally {
            ACCEPTED.remove();
        }
    }

    /** The client the gate accepted on this thread, or {@code null}. */
    public static StreamClient accepted() {
        return ACCEPTED.get();
    }

    /** The rest of the filter chain, where the server runs the WebSocket handshake. */
    @FunctionalInterface
    public interface Handshake {
        void run() throws IOException, ServletException;
    }
}
