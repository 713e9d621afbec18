package io.gatehouse.research.control;

import io.gatehouse.research.entity.RunEventWritten;
import io.gatehouse.streaming.control.RunEventNotifications;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

/** Announces run events to the streams once they are committed, so no stream ever sends an event that rolled back. */
@ApplicationScoped
public class RunPublication {

    @Inject
    RunEventNotifications notifications;

    void written(@Observes(during = TransactionPhase.AFTER_SUCCESS) RunEventWritten written) {
        notifications.publish(written.event());
    }
}
