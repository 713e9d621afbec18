package io.gatehouse.cluster.control;

import java.util.Set;
import java.util.function.Consumer;

/**
 * Which Gatehouse instances are running now, for work owned by one instance (a research run executes where it
 * was started): what a stopped or crashed instance owned can be taken over, what a running one owns is left
 * alone.
 */
public interface InstanceMembership {

    /** This instance's id: new at every start. */
    String localId();

    /** The ids of the instances running now, this one included (the operations overview lists them). */
    Set<String> runningIds();

    /** Whether the instance with this id is running now (this one included). */
    boolean isRunning(String instanceId);

    /** Calls {@code listener} (on an application thread) with the id of each instance that stops or crashes. */
    void onDeparture(Consumer<String> listener);
}
