package io.gatehouse.streaming.control;

import io.gatehouse.streaming.entity.RunEvent;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class InMemoryRunEventNotificationsTest {

    private static RunEvent event(UUID owner, long id) {
        return new RunEvent(UUID.randomUUID(), owner, id, "progress", "{}", false);
    }

    @Test
    void listenersHearTheirOwnersEventsUntilTheyUnsubscribe() {
        InMemoryRunEventNotifications notifications = new InMemoryRunEventNotifications();
        UUID alice = UUID.randomUUID();
        List<Long> heard = new ArrayList<>();
        RunEventNotifications.Subscription subscription = notifications.subscribe(alice, e -> heard.add(e.id()));

        notifications.publish(event(alice, 1));
        notifications.publish(event(UUID.randomUUID(), 2));
        subscription.close();
        notifications.publish(event(alice, 3));
        subscription.close();

        assertEquals(List.of(1L), heard);
        assertEquals(0, notifications.owners(), "an owner without listeners is forgotten");
    }

    @Test
    void aFailingListenerDoesNotStopTheOthers() {
        InMemoryRunEventNotifications notifications = new InMemoryRunEventNotifications();
        UUID owner = UUID.randomUUID();
        List<Long> heard = new ArrayList<>();
        notifications.subscribe(owner, e -> {
            throw new IllegalStateException("broken listener");
        });
        notifications.subscribe(owner, e -> heard.add(e.id()));

        notifications.publish(event(owner, 7));

        assertEquals(List.of(7L), heard);
    }
}
