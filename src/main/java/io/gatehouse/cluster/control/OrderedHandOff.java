package io.gatehouse.cluster.control;

import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Moves work from the data grid's threads (which cannot see the application's classes or context) to the
 * server's managed executor, one task at a time in arrival order, so a stream sees another member's run
 * events in the order they were published.
 */
public final class OrderedHandOff implements Executor {

    private static final Logger LOG = Logger.getLogger(OrderedHandOff.class.getName());

    private final Executor executor;
    private final Queue<Runnable> tasks = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean draining = new AtomicBoolean();

    public OrderedHandOff(Executor executor) {
        this.executor = executor;
    }

    @Override
    public void execute(Runnable task) {
        tasks.add(task);
        scheduleDrain();
    }

    private void scheduleDrain() {
        if (!tasks.isEmpty() && draining.compareAndSet(false, true)) {
            try {
                executor.execute(this::drain);
            } catch (RejectedExecutionException e) {
                draining.set(false);
                LOG.log(Level.WARNING, "The managed executor refused work from the data grid (shutting down?)", e);
            }
        }
    }

    private void drain() {
        try {
            Runnable task;
            while ((task = tasks.poll()) != null) {
                try {
                    task.run();
                } catch (RuntimeException e) {
                    LOG.log(Level.WARNING, "Work handed over from the data grid failed", e);
                }
            }
        } finally {
            draining.set(false);
            scheduleDrain();
        }
    }
}
