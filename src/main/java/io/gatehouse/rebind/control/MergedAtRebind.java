package io.gatehouse.rebind.control;

import java.util.UUID;

/**
 * State of a device that a rebind adds to the user's rather than re-owning row by row (the credits it used), in the
 * rebind's transaction.
 */
public interface MergedAtRebind {

    /**
     * Runs before the device's principal row is locked: creates what {@link #merge} writes to and locks the device's
     * state, in the order the device's own writes take those locks (a research run locks the device's profile, then
     * checks the device's row), so the two never deadlock.
     */
    void prepare(UUID device, UUID user);

    /** Adds the device's state to the user's and clears the device's. */
    void merge(UUID device, UUID user);
}
