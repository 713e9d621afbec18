package io.gatehouse.streaming.boundary;

import io.gatehouse.security.control.CredentialExtractor;
import io.gatehouse.streaming.control.SocketStreams;
import jakarta.websocket.CloseReason;
import jakarta.websocket.OnClose;
import jakarta.websocket.OnError;
import jakarta.websocket.OnMessage;
import jakarta.websocket.OnOpen;
import jakarta.websocket.Session;
import jakarta.websocket.server.ServerEndpoint;
import java.io.IOException;

/**
 * {@code WS /ws}: pushes the events of the caller's runs. The handshake was authenticated by {@link WebSocketGate}
 * and identified by {@link SocketHandshake}; a connection without an identity is closed at once.
 */
@ServerEndpoint(value = RunEventSocket.PATH, subprotocols = CredentialExtractor.BEARER_PROTOCOL,
        configurator = SocketHandshake.class)
public class RunEventSocket {

    static final String PATH = "/ws";

    @OnOpen
    public void open(Session session) throws IOException {
        Object accepted = session.getUserProperties().remove(SocketHandshake.ACCEPTED);
        if (!(accepted instanceof SocketHandshake.Accepted handshake)) {
            session.close(new CloseReason(CloseReason.CloseCodes.VIOLATED_POLICY, "not authenticated"));
            return;
        }
        handshake.streams().open(session, handshake.client());
    }

    /** Clients have nothing to say on this socket; what they send is ignored. */
    @OnMessage
    public void message(String text) {
        // ignored
    }

    @OnClose
    public void closed(Session session) {
        SocketStreams.closed(session);
    }

    @OnError
    public void failed(Session session, Throwable error) {
        SocketStreams.closed(session);
    }
}
