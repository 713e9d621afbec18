package io.gatehouse.sessions.control;

/**
 * Credentials other than sessions that answer from the session cache (agent tokens): a feature implements it and
 * the {@link SessionCacheLoader} fills the cache with them at boot, after the sessions.
 */
public interface SessionCacheSource {

    /** What the credentials are, for the boot log (e.g. {@code agent tokens}). */
    String what();

    /** Puts every live credential in the session cache, in a transaction of its own; answers how many. */
    int load();
}
