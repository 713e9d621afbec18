package io.gatehouse.health.control;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.Executor;
import javax.sql.DataSource;

/**
 * Asks the database whether it answers: through the application's pool first (the normal case costs no new
 * connection), and, when the pooled connection is broken (left over from an outage), over a fresh connection
 * with the same settings, so the verdict is about the database rather than about the pool's leftovers. A
 * broken pooled connection is aborted, which is how JDBC tells a pool to drop it.
 */
final class DatabaseProbe {

    static final int VALID_TIMEOUT_SECONDS = 2;
    private static final Executor DIRECT = Runnable::run;

    /** What the probe found; {@code error} names the failure (exception class and SQL state), never a message. */
    record Result(boolean reachable, String detail, String error) {

        static Result reachable(String detail) {
            return new Result(true, detail, null);
        }

        static Result unreachable(String detail, Exception e) {
            return new Result(false, detail, e == null ? null : describe(e));
        }
    }

    private final DataSource pooled;
    private final DataSource fresh;

    DatabaseProbe(DataSource pooled, DataSource fresh) {
        this.pooled = pooled;
        this.fresh = fresh;
    }

    Result probe() {
        try (Connection connection = pooled.getConnection()) {
            if (connection.isValid(VALID_TIMEOUT_SECONDS)) {
                return Result.reachable("reachable");
            }
            abort(connection);
        } catch (SQLException | RuntimeException e) {
            return Result.unreachable("unreachable", e);
        }
        try (Connection connection = fresh.getConnection()) {
            return connection.isValid(VALID_TIMEOUT_SECONDS) ? Result.reachable("reachable (a broken pooled connection was aborted)")
                    : Result.unreachable("no valid connection", null);
        } catch (SQLException | RuntimeException e) {
            return Result.unreachable("unreachable", e);
        }
    }

    private static void abort(Connection connection) {
        try {
            connection.abort(DIRECT);
        } catch (SQLException | RuntimeException | AbstractMethodError ignored) {
            // the pool or driver cannot abort: closing it is all that is left
        }
    }

    /** No exception message: a driver may put the URL, with whatever it carries, into it. */
    static String describe(Exception e) {
        String state = e instanceof SQLException sql && sql.getSQLState() != null ? " (SQL state " + sql.getSQLState() + ")" : "";
        return e.getClass().getSimpleName() + state;
    }
}
