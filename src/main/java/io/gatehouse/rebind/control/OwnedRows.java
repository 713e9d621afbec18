package io.gatehouse.rebind.control;

import io.gatehouse.rebind.entity.OwnerColumn;
import java.util.UUID;

/**
 * A table whose rows belong to a principal. Implementations move them with one bulk update, and name the table and its
 * owner column so an anonymous device that owns nothing can be recognised ({@link AbandonedDevices}).
 */
public interface OwnedRows {

    /** Re-owns every row of {@code from} to {@code to} in the caller's transaction; returns how many moved. */
    int move(UUID from, UUID to);

    /** The table and the column holding the owning principal's id. */
    OwnerColumn ownerColumn();
}
