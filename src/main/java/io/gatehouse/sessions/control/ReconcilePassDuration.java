package io.gatehouse.sessions.control;

import io.gatehouse.kernel.Gauge;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** {@code gatehouse_reconcile_last_pass_seconds}: how long the last reconciliation pass took (-1 before the first). */
@ApplicationScoped
public class ReconcilePassDuration implements Gauge {

    @Inject
    RevocationReconciler reconciler;

    @Override
    public String name() {
        return "gatehouse_reconcile_last_pass_seconds";
    }

    @Override
    public String help() {
        return "Duration of the last reconciliation of this instance's memory with the database's revocations";
    }

    @Override
    public double value() {
        long millis = reconciler.lastPassMillis();
        return millis < 0 ? -1 : millis / 1000.0;
    }
}
