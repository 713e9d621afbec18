package io.gatehouse.streaming;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.websocket.Session;

/** Opens and forgets the WebSocket streams of {@code /ws}. */
@ApplicationScoped
public class SocketStreams {

    static final String STREAM = SocketRunStream.class.getName();

    @Inject
    OpenStreams registry;

    @Inject
    RunEventNotifications notifications;

    @Inject
    StreamKeepAlive keepAlive;

    @Resource
    ManagedExecutorService executor;

    /** Streams the caller's run events over the session (the handshake already renewed the session). */
    void open(Session session, StreamClient client) {
        SocketRunStream stream = new SocketRunStream(client, executor, session);
        session.getUserProperties().put(STREAM, stream);
        stream.attach(registry, notifications.subscribe(client.caller().principalId(), stream::offer));
        if (!keepAlive.live(client)) {
            stream.close(OpenStreams.REVOKED);
        }
    }

    /** The peer closed, or the connection failed: the stream is forgotten. */
    static void closed(Session session) {
        Object stream = session.getUserProperties().get(STREAM);
        if (stream instanceof SocketRunStream open) {
            open.close(null);
        }
    }
}
