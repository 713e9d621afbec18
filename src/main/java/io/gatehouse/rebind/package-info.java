/**
 * Rebind: when a user signs in on a device that was used anonymously, every row the device's anonymous
 * principal owns is re-owned by the user in one container-managed transaction, with one bulk update
 * per owned table. Features declare their owned tables by implementing
 * {@link io.gatehouse.rebind.control.OwnedRows}; this package does not know which tables exist.
 */
package io.gatehouse.rebind;
