package io.gatehouse.streaming.boundary;

import io.gatehouse.security.control.CredentialExtractor;
import io.gatehouse.streaming.control.HandshakeHandOff;
import io.gatehouse.streaming.control.SocketStreams;
import io.gatehouse.streaming.control.StreamClient;
import io.gatehouse.kernel.AuthResult;
import io.gatehouse.security.control.CredentialResolver;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.websocket.HandshakeResponse;
import jakarta.websocket.server.HandshakeRequest;
import jakarta.websocket.server.ServerEndpointConfig;
import java.util.List;
import java.util.Map;

/**
 * Identifies the caller of a {@code /ws} handshake that {@link WebSocketGate} let through, and hands the endpoint
 * what it needs in the connection's user properties (a copy per connection since WebSocket 2.1). Selects the
 * {@code bearer} subprotocol when offered, never the token that follows it.
 */
public class SocketHandshake extends ServerEndpointConfig.Configurator {

    static final String ACCEPTED = Accepted.class.getName();

    @Override
    public void modifyHandshake(ServerEndpointConfig config, HandshakeRequest request, HandshakeResponse response) {
        StreamClient client = HandshakeHandOff.accepted();
        if (client == null) {
            client = resolved(request.getHeaders());
        }
        if (client != null) {
            config.getUserProperties().put(ACCEPTED, new Accepted(client, CDI.current().select(SocketStreams.class).get()));
        }
    }

    /** Only where the server ran the handshake outside the gate's filter chain: the credential resolved here. */
    private static StreamClient resolved(Map<String, List<String>> headers) {
        CredentialExtractor.Presented presented = CredentialExtractor.ofHandshake(name -> valuesOf(headers, name));
        if (presented == null) {
            return null;
        }
        AuthResult result = CDI.current().select(CredentialResolver.class).get().resolve(presented.token());
        return result instanceof AuthResult.Accepted accepted ? StreamClient.of(accepted.caller(), presented.token()) : null;
    }

    @Override
    public String getNegotiatedSubprotocol(List<String> supported, List<String> requested) {
        return requested.contains(CredentialExtractor.BEARER_PROTOCOL) ? CredentialExtractor.BEARER_PROTOCOL : "";
    }

    @Override
    public boolean checkOrigin(String originHeaderValue) {
        return true;
    }

    /** Header lookups are case-insensitive whatever map the server hands over. */
    private static List<String> valuesOf(Map<String, List<String>> headers, String name) {
        for (Map.Entry<String, List<String>> header : headers.entrySet()) {
            if (header.getKey() != null && header.getKey().equalsIgnoreCase(name) && header.getValue() != null) {
                return header.getValue();
            }
        }
        return List.of();
    }

    /** An identified handshake: who connected, and where to open the stream. */
    record Accepted(StreamClient client, SocketStreams streams) {
    }
}
