package io.gatehouse.persistence.control;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLClientInfoException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The physical connection the server's pool holds: the driver's connection behind a proxy that replaces it with a
 * fresh one once it broke (a database outage), so the pool never hands out a dead connection for good. WildFly's
 * pool of an annotation-defined datasource validates nothing and keeps connections whatever their errors; this
 * makes both servers recover on their own once the database answers again.
 *
 * <p>JTA-safe: the driver connection is only replaced where no work of a transaction can be lost, at a boundary
 * (before the first statement after a commit, a rollback or an auto-commit change, or between auto-commit
 * statements). A connection that broke in the middle of a transaction refuses further work until that transaction
 * ends; its commit fails, its rollback succeeds (the database rolled it back). After any connection broke, every
 * other connection checks itself ({@link Connection#isValid}) at its next boundary, since an outage breaks them all.
 */
final class ReconnectingConnection implements InvocationHandler {

    /** Opens a driver connection. */
    @FunctionalInterface
    interface Opener {
        Connection open() throws SQLException;
    }

    static final int VALID_TIMEOUT_SECONDS = 2;

    /** A connection unused for this long checks itself at its next boundary (the database may have restarted meanwhile). */
    static final long IDLE_CHECK_NANOS = TimeUnit.SECONDS.toNanos(10);

    /** How many broken connections were seen, by any connection: when it moved, a connection checks itself. */
    private static final AtomicLong BREAKS = new AtomicLong();

    private static final Set<String> WORK = Set.of("createStatement", "prepareStatement", "prepareCall", "nativeSQL");
    private static final Set<String> IDENTITY = Set.of("equals", "hashCode", "toString", "unwrap", "isWrapperFor");

    private final Opener opener;
    private final ConnectionState state = new ConnectionState();
    private Connection current;
    private boolean broken;
    private boolean workSinceBoundary;
    private boolean closed;
    private long breaksSeen = BREAKS.get();
    private long lastUsed = System.nanoTime();

    private ReconnectingConnection(Opener opener, Connection first) {
        this.opener = opener;
        this.current = first;
    }

    /** A connection that opens itself again through {@code opener} when it broke. */
    static Connection open(Opener opener) throws SQLException {
        Connection first = opener.open();
        return (Connection) Proxy.newProxyInstance(ReconnectingConnection.class.getClassLoader(), new Class<?>[] {Connection.class},
                new ReconnectingConnection(opener, first));
    }

    @Override
    public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
        String name = method.getName();
        if (IDENTITY.contains(name)) {
            return identity(proxy, name, args);
        }
        if (name.equals("abort")) {
            return call(method, args);
        }
        synchronized (this) {
            try {
                return switch (name) {
                    case "close" -> close();
                    case "isClosed" -> isClosed();
                    case "commit" -> commit(method, args);
                    case "rollback" -> rollback(method, args);
                    case "setAutoCommit" -> boundary(method, args);
                    default -> use(method, args);
                };
            } catch (SQLException e) {
                throw declared(method, e);
            }
        }
    }

    /** {@code setClientInfo} declares only {@link SQLClientInfoException}: a failure to reconnect is reported as one. */
    private static SQLException declared(Method method, SQLException e) {
        if (e instanceof SQLClientInfoException || !method.getName().equals("setClientInfo")) {
            return e;
        }
        return new SQLClientInfoException(e.getMessage(), e.getSQLState(), e.getErrorCode(), Map.of(), e);
    }

    private Object commit(Method method, Object[] args) throws Throwable {
        boolean work = workSinceBoundary;
        workSinceBoundary = false;
        if (broken) {
            if (work) {
                throw lost("the connection to the database broke: the transaction was not committed");
            }
            return null;
        }
        return call(method, args);
    }

    /** A rollback always succeeds on a broken connection: the database rolled the transaction back with it. */
    private Object rollback(Method method, Object[] args) throws Throwable {
        if (args == null || args.length == 0) {
            workSinceBoundary = false;
        }
        if (broken) {
            return null;
        }
        try {
            return method.invoke(current, args);
        } catch (InvocationTargetException e) {
            if (markedBroken(e.getCause())) {
                return null;
            }
            throw e.getCause();
        }
    }

    /**
     * {@code setAutoCommit}: a boundary, and a setting the pool relies on: it is remembered as asked and never fails
     * for want of a connection (a broken one takes it on when replaced), so the pool's idea of the connection and the
     * replacement always agree. Only switching auto-commit on fails, when that would commit work a broken connection
     * lost.
     */
    private Object boundary(Method method, Object[] args) throws Throwable {
        boolean on = (Boolean) args[0];
        if (broken && workSinceBoundary && on && !state.autoCommit()) {
            workSinceBoundary = false;
            throw lost("the connection to the database broke: the transaction was not committed");
        }
        workSinceBoundary = false;
        state.remember(method, args);
        if (!broken) {
            try {
                call(method, args);
            } catch (SQLException e) {
                if (!broken) {
                    throw e;
                }
            }
        }
        return null;
    }

    private Object use(Method method, Object[] args) throws Throwable {
        if (!workSinceBoundary || state.autoCommit()) {
            healIfNeeded();
        } else if (broken) {
            throw lost("the connection to the database broke in the middle of this transaction");
        }
        if (WORK.contains(method.getName()) && !state.autoCommit()) {
            workSinceBoundary = true;
        }
        Object result = call(method, args);
        state.remember(method, args);
        return result;
    }

    /**
     * At a boundary: replaces a broken connection, and checks this one first when another broke since it last looked
     * or when it was idle for a while.
     */
    private void healIfNeeded() throws SQLException {
        long breaks = BREAKS.get();
        long now = System.nanoTime();
        boolean idle = now - lastUsed > IDLE_CHECK_NANOS;
        lastUsed = now;
        if (!broken && (breaks != breaksSeen || idle)) {
            breaksSeen = breaks;
            if (!isValid()) {
                broken = true;
            }
        }
        if (broken) {
            Connection fresh = opener.open();
            try {
                state.applyTo(fresh);
            } catch (SQLException e) {
                closeQuietly(fresh);
                throw e;
            }
            closeQuietly(current);
            current = fresh;
            broken = false;
            breaksSeen = BREAKS.get();
        }
    }

    private boolean isValid() {
        try {
            return current.isValid(VALID_TIMEOUT_SECONDS);
        } catch (SQLException | RuntimeException e) {
            return false;
        }
    }

    private Object call(Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(current, args);
        } catch (InvocationTargetException e) {
            markedBroken(e.getCause());
            throw e.getCause();
        }
    }

    /** Notes whether the failure means the connection is gone; tells every other connection to check itself. */
    private boolean markedBroken(Throwable failure) {
        if (!broken && (ConnectionFailures.in(failure) || isClosedQuietly())) {
            broken = true;
            breaksSeen = BREAKS.incrementAndGet();
        }
        return broken;
    }

    private boolean isClosedQuietly() {
        try {
            return current.isClosed();
        } catch (SQLException | RuntimeException e) {
            return true;
        }
    }

    /** Closed once closed; a driver connection that closed itself is broken, and replaced at the next boundary. */
    private boolean isClosed() {
        if (!closed && !broken && isClosedQuietly()) {
            broken = true;
            breaksSeen = BREAKS.incrementAndGet();
        }
        return closed;
    }

    private Object close() {
        if (!closed) {
            closed = true;
            closeQuietly(current);
        }
        return null;
    }

    private Object identity(Object proxy, String name, Object[] args) throws SQLException {
        return switch (name) {
            case "equals" -> proxy == args[0];
            case "hashCode" -> System.identityHashCode(proxy);
            case "toString" -> "ReconnectingConnection[" + current + "]";
            case "isWrapperFor" -> ((Class<?>) args[0]).isInstance(proxy) || current.isWrapperFor((Class<?>) args[0]);
            default -> ((Class<?>) args[0]).isInstance(proxy) ? proxy : current.unwrap((Class<?>) args[0]);
        };
    }

    private static SQLException lost(String message) {
        return new SQLNonTransientConnectionException(message, "08003");
    }

    private static void closeQuietly(Connection connection) {
        try {
            connection.close();
        } catch (SQLException | RuntimeException ignored) {
            // broken already: nothing to give back
        }
    }
}
