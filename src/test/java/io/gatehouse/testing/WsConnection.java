package io.gatehouse.testing;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.WebSocket;
import java.net.http.WebSocketHandshakeException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A WebSocket client on the JDK's {@link WebSocket}: subprotocols and headers (Authorization, Cookie, Origin) as
 * given, text messages queued for the test, the close code kept. A refused handshake is reported with its HTTP
 * status instead of a connection.
 */
public final class WsConnection implements AutoCloseable {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private final BlockingQueue<String> messages = new LinkedBlockingQueue<>();
    private final CompletableFuture<Integer> closed = new CompletableFuture<>();
    private volatile String closeReason;
    private WebSocket socket;

    private WsConnection() {
    }

    /** The outcome of a handshake: a connection, or the HTTP status (and headers) that refused it. */
    public record Handshake(WsConnection connection, int refusedWith, HttpHeaders refusalHeaders) {

        public WsConnection opened() {
            if (connection == null) {
                throw new AssertionError("the handshake was refused with HTTP " + refusedWith + " " + refusalHeaders);
            }
            return connection;
        }

        /** A header of the refusal, or {@code null}. */
        public String refusalHeader(String name) {
            return refusalHeaders == null ? null : refusalHeaders.firstValue(name).orElse(null);
        }
    }

    public static Handshake connect(URI uri, List<String> subprotocols, Map<String, String> headers) {
        WsConnection connection = new WsConnection();
        WebSocket.Builder builder = HTTP.newWebSocketBuilder().connectTimeout(Duration.ofSeconds(10));
        headers.forEach(builder::header);
        if (!subprotocols.isEmpty()) {
            builder.subprotocols(subprotocols.get(0), subprotocols.subList(1, subprotocols.size()).toArray(String[]::new));
        }
        try {
            connection.socket = builder.buildAsync(uri, connection.listener()).get(30, TimeUnit.SECONDS);
            return new Handshake(connection, 0, null);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof WebSocketHandshakeException refused) {
                return new Handshake(null, refused.getResponse().statusCode(), refused.getResponse().headers());
            }
            throw new IllegalStateException("WebSocket " + uri + " failed", e);
        } catch (InterruptedException | TimeoutException e) {
            throw new IllegalStateException("WebSocket " + uri + " failed", e);
        }
    }

    /** The subprotocol the server selected ({@code ""} for none). */
    public String subprotocol() {
        return socket.getSubprotocol();
    }

    /** The next text message; fails when none comes within the timeout. */
    public String next(Duration timeout) {
        try {
            String message = messages.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
            if (message == null) {
                throw new AssertionError("no message within " + timeout + (closed.isDone() ? "; closed with " + closed.join() : ""));
            }
            return message;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The close code the server sent (-1 for an error), waiting at most the timeout; {@code null} while open. */
    public Integer awaitClose(Duration timeout) {
        try {
            return closed.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException stillOpen) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e);
        }
    }

    public boolean isClosed() {
        return closed.isDone();
    }

    /** The reason of the server's close frame ({@code ""} for none), or {@code null} while open or after an error. */
    public String closeReason() {
        return closeReason;
    }

    private WebSocket.Listener listener() {
        return new WebSocket.Listener() {
            private final StringBuilder partial = new StringBuilder();

            @Override
            public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
                partial.append(data);
                if (last) {
                    messages.add(partial.toString());
                    partial.setLength(0);
                }
                webSocket.request(1);
                return null;
            }

            @Override
            public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
                closeReason = reason;
                closed.complete(statusCode);
                return null;
            }

            @Override
            public void onError(WebSocket webSocket, Throwable error) {
                closed.complete(-1);
            }
        };
    }

    /** Closes the connection as a client would: a close frame with 1000, then waits for the server's answer. */
    public void closeNormally(Duration timeout) {
        socket.sendClose(WebSocket.NORMAL_CLOSURE, "").orTimeout(timeout.toMillis(), TimeUnit.MILLISECONDS).join();
        awaitClose(timeout);
    }

    @Override
    public void close() {
        if (socket != null && !closed.isDone()) {
            socket.abort();
        }
    }
}
