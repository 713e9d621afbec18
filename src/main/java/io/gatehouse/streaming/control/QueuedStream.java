package io.gatehouse.streaming.control;

import io.gatehouse.streaming.entity.RunEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A stream whose writes happen one at a time on the managed executor: publishers, the keep-alive and revocations
 * only queue work and return, so a slow client never holds up a run or a logout, and the transport never sees two
 * threads at once (an SSE sink written and closed together breaks the connection). Closing goes through the same
 * queue: the stream leaves the registry at once, the transport is closed by the next drain.
 */
abstract class QueuedStream implements OpenStream {

    private static final Logger LOG = Logger.getLogger(QueuedStream.class.getName());

    private final StreamClient client;
    private final Executor executor;
    private final Queue<RunEvent> pending = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean scheduled = new AtomicBoolean();
    private final AtomicBoolean closing = new AtomicBoolean();
    private final AtomicBoolean transportClosed = new AtomicBoolean();
    private volatile String closeReason;
    private volatile boolean wanted;
    private volatile boolean pingWanted;
    private volatile OpenStreams registry;
    private volatile RunEventNotifications.Subscription subscription;
    private volatile StreamSlots.Slot slot;

    QueuedStream(StreamClient client, Executor executor) {
        this.client = client;
        this.executor = executor;
    }

    /** Writes what is due: the queued events (in publication order) and, when asked, a ping. */
    abstract void deliver(List<RunEvent> events, boolean ping) throws Exception;

    /** Closes the connection itself; {@code reason} is {@code null} for a normal end. */
    abstract void closeTransport(String reason);

    @Override
    public StreamClient client() {
        return client;
    }

    /**
     * Registers the stream and keeps its subscription and its principal's slot ({@link StreamQuota}), all undone
     * when it closes (also if it already did).
     */
    final void attach(OpenStreams streams, RunEventNotifications.Subscription events, StreamSlots.Slot held) {
        this.slot = held;
        this.registry = streams;
        this.subscription = events;
        streams.add(this);
        if (closing.get()) {
            detach();
        }
    }

    final void offer(RunEvent event) {
        pending.add(event);
        wake();
    }

    @Override
    public final void ping() {
        pingWanted = true;
        wake();
    }

    /** Asks for a delivery even with nothing queued (a run stream then reads its backlog). */
    final void wake() {
        wanted = true;
        if (!closing.get()) {
            schedule();
        }
    }

    final boolean isClosed() {
        return closing.get();
    }

    @Override
    public final void close(String reason) {
        if (closing.compareAndSet(false, true)) {
            closeReason = reason;
            detach();
            schedule();
        }
    }

    private void detach() {
        OpenStreams streams = registry;
        if (streams != null) {
            streams.remove(this);
        }
        RunEventNotifications.Subscription events = subscription;
        if (events != null) {
            events.close();
        }
        StreamSlots.Slot held = slot;
        if (held != null) {
            held.release();
        }
    }

    private void schedule() {
        if (scheduled.compareAndSet(false, true)) {
            try {
                executor.execute(this::drain);
            } catch (RejectedExecutionException shuttingDown) {
                scheduled.set(false);
                closing.set(true);
                detach();
                closeTransportOnce();
            }
        }
    }

    private void drain() {
        try {
            while (wanted && !closing.get()) {
                wanted = false;
                List<RunEvent> events = new ArrayList<>();
                for (RunEvent event = pending.poll(); event != null; event = pending.poll()) {
                    events.add(event);
                }
                boolean ping = pingWanted;
                pingWanted = false;
                deliver(events, ping);
            }
        } catch (Exception e) {
            LOG.log(Level.FINE, "A stream write failed; closing the stream", e);
            close(null);
        } finally {
            if (closing.get()) {
                closeTransportOnce();
            }
            scheduled.set(false);
            if (closing.get() ? !transportClosed.get() : wanted) {
                schedule();
            }
        }
    }

    private void closeTransportOnce() {
        if (transportClosed.compareAndSet(false, true)) {
            try {
                closeTransport(closeReason);
            } catch (RuntimeException e) {
                LOG.log(Level.FINE, "Closing a stream failed", e);
            }
        }
    }
}
