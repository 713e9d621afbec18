package io.gatehouse.cluster.control;

import io.gatehouse.kernel.Gauge;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * {@code gatehouse_cluster_rejected_grid_values}: values read from the data grid (sessions, revocations, rate-limit
 * counters, notices) whose seal under {@code CLUSTER_SECRET} did not verify, since start-up. Anything above zero
 * means a process without the secret (or a member of another release) writes to the grid.
 */
@ApplicationScoped
public class RejectedGridValues implements Gauge {

    @Inject
    ClusterBackends backends;

    @Override
    public String name() {
        return "gatehouse_cluster_rejected_grid_values";
    }

    @Override
    public String help() {
        return "Data grid values ignored because their seal under CLUSTER_SECRET did not verify, since start-up";
    }

    @Override
    public double value() {
        return backends.rejectedGridValues();
    }
}
