package io.gatehouse.cluster.control;

import java.util.Set;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/** The data grid's members are the running instances; a departure is reported on an application thread. */
record GridMembership(Grid grid, Executor handOff) implements InstanceMembership {

    @Override
    public String localId() {
        return grid.localMemberId();
    }

    @Override
    public Set<String> runningIds() {
        return grid.memberIds();
    }

    @Override
    public boolean isRunning(String instanceId) {
        return grid.memberIds().contains(instanceId);
    }

    @Override
    public void onDeparture(Consumer<String> listener) {
        grid.onMemberLeft(id -> handOff.execute(() -> listener.accept(id)));
    }
}
