package io.gatehouse.cluster.control;

import com.hazelcast.topic.ITopic;
import io.gatehouse.streaming.control.InMemoryRunEventNotifications;
import io.gatehouse.streaming.control.RunEventNotifications;
import io.gatehouse.streaming.entity.RunEvent;
import java.util.UUID;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/**
 * Run events for every member: delivered to this member's streams at once and published on one grid topic,
 * from which the other members deliver them to theirs. A stream that missed events (or reconnects elsewhere)
 * resumes from the database with {@code Last-Event-ID}, so the topic need not keep anything. Messages are sealed
 * under the cluster secret; one that does not verify is dropped.
 */
final class GridRunEventNotifications extends SealedTopic<InMemoryRunEventNotifications>
        implements RunEventNotifications {

    static final String TOPIC = "gatehouse-run-events";

    GridRunEventNotifications(ITopic<String> topic, GridSeal seal, InMemoryRunEventNotifications local,
            Executor handOff) {
        super(topic, TOPIC, "run event", seal, local, handOff);
    }

    @Override
    public void publish(RunEvent event) {
        local.publish(event);
        publishSealed(RunEventText.of(event));
    }

    @Override
    public Subscription subscribe(UUID ownerId, Consumer<RunEvent> listener) {
        return local.subscribe(ownerId, listener);
    }

    @Override
    Runnable read(String text) {
        RunEvent event = RunEventText.parse(text);
        return () -> local.publish(event);
    }
}
