package io.gatehouse.rebind.control;

import java.util.UUID;

/**
 * Owned rows that are credentials (a device's secrets). They move to the user only with a first rebind that proved
 * possession of the device ({@code anonymous_token}); any other rebind that moves the device's rows deletes them
 * instead, in the same transaction, so a credential written by whoever else knows the device id never reaches the
 * user's account.
 */
public interface CredentialRows extends OwnedRows {

    /** Deletes every row of {@code owner} in the caller's transaction; returns how many. */
    int delete(UUID owner);
}
