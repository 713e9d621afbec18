package io.gatehouse.persistence.control;

import java.sql.Connection;
import java.sql.SQLException;
import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.h2.mvstore.MVStore;

/**
 * Rewrites the sparsest chunks of an embedded H2 database file. H2 normally does this in its background
 * writer, but durable commits ({@code WRITE_DELAY=0}) switch that thread off, and without it the file
 * grows by tens of kilobytes per commit and never shrinks (32 GB after a million sessions). The only
 * class that touches H2's internals; it is loaded only when the database is an H2 file.
 */
final class H2StoreCompactor {

    /** Chunks are rewritten while less than this share of their pages is live (H2's own default). */
    private static final int TARGET_FILL_RATE = 90;
    private static final int MAX_BYTES_PER_PASS = 16 << 20;

    private H2StoreCompactor() {
    }

    /**
     * One compaction pass over the store behind an unpooled connection (H2's own, behind the
     * {@link ReconnectingConnection} that unwraps to it); false when it is not an embedded H2 file.
     */
    static boolean compact(Connection connection) throws SQLException {
        if (!connection.isWrapperFor(JdbcConnection.class)
                || !(connection.unwrap(JdbcConnection.class).getSession() instanceof SessionLocal local)) {
            return false;
        }
        MVStore store = local.getDatabase().getStore().getMvStore();
        if (store.getFileStore() == null) {
            return false;
        }
        store.compact(TARGET_FILL_RATE, MAX_BYTES_PER_PASS);
        return true;
    }
}
