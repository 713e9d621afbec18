package io.gatehouse.streaming.control;

import io.gatehouse.streaming.entity.RunEvent;
import jakarta.json.Json;
import jakarta.json.JsonReader;
import jakarta.websocket.CloseReason;
import jakarta.websocket.Session;
import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.Executor;

/**
 * The WebSocket of one caller: every event of the caller's runs, as a JSON text message
 * {@code {"run_id", "id", "event", "data"}}. Closed with 1008 (policy violation) when its session ends.
 */
final class SocketRunStream extends QueuedStream {

    private static final ByteBuffer NO_PAYLOAD = ByteBuffer.allocate(0);

    private final Session session;

    SocketRunStream(StreamClient client, Executor executor, Session session) {
        super(client, executor);
        this.session = session;
    }

    @Override
    void deliver(List<RunEvent> events, boolean ping) throws IOException {
        if (!session.isOpen()) {
            close(null);
            return;
        }
        for (RunEvent event : events) {
            session.getBasicRemote().sendText(message(event));
        }
        if (ping) {
            session.getBasicRemote().sendPing(NO_PAYLOAD.duplicate());
        }
    }

    static String message(RunEvent event) {
        try (JsonReader data = Json.createReader(new StringReader(event.data()))) {
            return Json.createObjectBuilder()
                    .add("run_id", event.runId().toString())
                    .add("id", event.id())
                    .add("event", event.event())
                    .add("data", data.readObject())
                    .build()
                    .toString();
        }
    }

    @Override
    void closeTransport(String reason) {
        if (!session.isOpen()) {
            return;
        }
        CloseReason why = reason == null
                ? new CloseReason(CloseReason.CloseCodes.NORMAL_CLOSURE, "")
                : new CloseReason(CloseReason.CloseCodes.VIOLATED_POLICY, reason);
        try {
            session.close(why);
        } catch (IOException alreadyGone) {
            // the peer went away first: nothing left to close
        }
    }
}
