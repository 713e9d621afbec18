package io.gatehouse.streaming.control;

import io.gatehouse.streaming.entity.RunEvent;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gatehouse.kernel.Caller;
import io.gatehouse.kernel.CallerKind;
import io.gatehouse.kernel.CredentialType;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Executor;
import org.junit.jupiter.api.Test;

class QueuedStreamTest {

    private static final Executor DIRECT = Runnable::run;

    private static StreamClient clientOf(CallerKind kind, CredentialType credential) {
        Caller caller = new Caller(UUID.randomUUID(), kind, credential, "subject", UUID.randomUUID(), Map.of());
        return StreamClient.of(caller, "msc_token");
    }

    /** Records what it writes; fails writes once told to. */
    private static final class Recording extends QueuedStream {

        final List<String> written = new ArrayList<>();
        final List<String> closedWith = new ArrayList<>();
        boolean failing;

        Recording() {
            super(clientOf(CallerKind.CLERK, CredentialType.SESSION_TOKEN), DIRECT);
        }

        @Override
        void deliver(List<RunEvent> events, boolean ping) throws IOException {
            if (failing) {
                throw new IOException("peer gone");
            }
            events.forEach(e -> written.add(e.event() + e.id()));
            if (ping) {
                written.add("ping");
            }
        }

        @Override
        void closeTransport(String reason) {
            closedWith.add(String.valueOf(reason));
        }
    }

    private static RunEvent event(long id) {
        return new RunEvent(UUID.randomUUID(), UUID.randomUUID(), id, "progress", "{}", false);
    }

    @Test
    void writesInOrderAndClosesOnceDetachingEverything() {
        OpenStreams registry = new OpenStreams();
        List<String> unsubscribed = new ArrayList<>();
        Recording stream = new Recording();
        StreamSlots slots = new StreamSlots(1, 1000, System::currentTimeMillis);
        UUID principal = UUID.randomUUID();
        stream.attach(registry, () -> unsubscribed.add("closed"), slots.take(principal));
        assertEquals(1, registry.count());
        assertEquals(1, slots.held(principal));

        stream.offer(event(1));
        stream.offer(event(2));
        stream.ping();
        stream.close("session revoked");
        stream.close("again");
        stream.offer(event(3));

        assertEquals(List.of("progress1", "progress2", "ping"), stream.written);
        assertEquals(List.of("session revoked"), stream.closedWith);
        assertEquals(List.of("closed"), unsubscribed);
        assertEquals(0, registry.count());
        assertEquals(0, slots.held(principal), "closing gives the principal's slot back");
    }

    @Test
    void aFailedWriteClosesTheStream() {
        OpenStreams registry = new OpenStreams();
        Recording stream = new Recording();
        stream.attach(registry, () -> { }, null);
        stream.failing = true;

        stream.offer(event(1));

        assertTrue(stream.isClosed());
        assertEquals(0, registry.count());
    }

    @Test
    void onlySessionTokensHaveASessionToRenew() {
        assertTrue(clientOf(CallerKind.CLERK, CredentialType.SESSION_TOKEN).renewableSession() != null);
        assertTrue(clientOf(CallerKind.ANONYMOUS, CredentialType.SESSION_TOKEN).renewableSession() != null);
        assertEquals(null, clientOf(CallerKind.AGENT, CredentialType.AGENT_TOKEN).renewableSession());
        assertEquals(null, clientOf(CallerKind.CLERK, CredentialType.CLERK_JWT).renewableSession());
    }

    @Test
    void theKeepAliveTicksEveryThirdOfTheTtlAtMostOncePerSecond() {
        assertEquals(600_000, StreamKeepAlive.periodMillis(1800));
        assertEquals(1333, StreamKeepAlive.periodMillis(4));
        assertEquals(1000, StreamKeepAlive.periodMillis(1));
    }
}
