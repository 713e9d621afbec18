package io.gatehouse.sessions;

import java.util.List;

/** Transaction-scoped changes to sessions, applied to the cache only once the transaction committed. */
sealed interface SessionCommitted {

    record Stored(TokenHash hash, CachedSession session) implements SessionCommitted {
    }

    record Revoked(List<TokenHash> hashes) implements SessionCommitted {
    }
}
