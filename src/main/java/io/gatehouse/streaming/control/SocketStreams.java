package io.gatehouse.streaming.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.websocket.CloseReason;
import jakarta.websocket.Session;
import java.io.IOException;

/** Opens and forgets the WebSocket streams of {@code /ws}. */
@ApplicationScoped
public class SocketStreams {

    static final String STREAM = SocketRunStream.class.getName();
    static final String TOO_MANY = "too many open streams";

    @Inject
    StreamAttachment attachment;

    @Inject
    StreamQuota quota;

    /**
     * Streams the caller's run events over the session (the handshake already renewed the session and reserved a
     * slot); closed at once with 1008 when no slot is left for it (its reservation lapsed and others took the slots).
     */
    public void open(Session session, StreamClient client) throws IOException {
        StreamSlots.Slot slot = quota.claim(client.caller());
        if (slot == null) {
            session.close(new CloseReason(CloseReason.CloseCodes.VIOLATED_POLICY, TOO_MANY));
            return;
        }
        SocketRunStream stream = new SocketRunStream(client, attachment.executor(), session);
        session.getUserProperties().put(STREAM, stream);
        attachment.attach(stream, client.caller().principalId(), stream::offer, slot);
    }

    /** The peer closed, or the connection failed: the stream is forgotten. */
    public static void closed(Session session) {
        Object stream = session.getUserProperties().get(STREAM);
        if (stream instanceof SocketRunStream open) {
            open.close(null);
        }
    }
}
