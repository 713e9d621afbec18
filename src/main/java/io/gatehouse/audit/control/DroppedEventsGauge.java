package io.gatehouse.audit.control;

import io.gatehouse.kernel.Gauge;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** {@code gatehouse_audit_events_dropped}: security events dropped because the writer's queue was full, since start-up. */
@ApplicationScoped
public class DroppedEventsGauge implements Gauge {

    @Inject
    AuditWriter writer;

    @Override
    public String name() {
        return "gatehouse_audit_events_dropped";
    }

    @Override
    public String help() {
        return "Security events not written to the audit trail because its queue was full, since start-up";
    }

    @Override
    public double value() {
        return writer.dropped();
    }
}
