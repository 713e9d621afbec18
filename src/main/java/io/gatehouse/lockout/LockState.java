package io.gatehouse.lockout;

import java.time.OffsetDateTime;
import java.util.UUID;

/** TEMPORARY STUB (wt-admin) until main's lockout package is merged. */
public record LockState(boolean locked, String reason, OffsetDateTime lockedAt, UUID lockedBy) {
}
