package io.gatehouse.persistence.control;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;

/**
 * Tells a lost or refused database connection from any other failure: SQL state class {@code 08} (connection
 * exception, PostgreSQL's way), or the JDBC exception types drivers use for it (H2's way), anywhere in the cause
 * chain, however the server's pool and the JPA provider wrapped it.
 */
public final class ConnectionFailures {

    private static final int MAX_DEPTH = 32;

    private ConnectionFailures() {
    }

    public static boolean in(Throwable failure) {
        Throwable t = failure;
        for (int depth = 0; t != null && depth < MAX_DEPTH; depth++, t = t.getCause()) {
            if (t instanceof SQLNonTransientConnectionException || t instanceof SQLRecoverableException) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("08")) {
                return true;
            }
        }
        return false;
    }
}
