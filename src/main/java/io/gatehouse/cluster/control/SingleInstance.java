package io.gatehouse.cluster.control;

import java.util.Set;
import java.util.function.Consumer;

/** One instance: only itself is running, and nothing ever leaves. */
record SingleInstance(String localId) implements InstanceMembership {

    @Override
    public Set<String> runningIds() {
        return Set.of(localId);
    }

    @Override
    public boolean isRunning(String instanceId) {
        return localId.equals(instanceId);
    }

    @Override
    public void onDeparture(Consumer<String> listener) {
        // alone: no other instance can stop while this one runs
    }
}
