package io.gatehouse.cluster.control;

import javax.naming.InitialContext;
import javax.naming.NamingException;

/** Finds the server's data grid without naming its types, so a server without one (WildFly) never loads them. */
final class GridLookup {

    /** Where Payara binds its data grid's member. */
    static final String HAZELCAST_JNDI = "payara/Hazelcast";

    private GridLookup() {
    }

    /** Payara's data grid member, or null where there is none (WildFly, Payara without Hazelcast). */
    static Grid find() {
        Object found;
        try {
            found = new InitialContext().lookup(HAZELCAST_JNDI);
        } catch (NamingException | RuntimeException e) {
            return null;
        }
        try {
            return HazelcastGrid.of(found);
        } catch (LinkageError e) {
            return null;
        }
    }
}
