package io.gatehouse.rebind;

import java.util.UUID;

/** A table whose rows belong to a principal. Implementations move them with one bulk update. */
public interface OwnedRows {

    /** Re-owns every row of {@code from} to {@code to} in the caller's transaction; returns how many moved. */
    int move(UUID from, UUID to);
}
