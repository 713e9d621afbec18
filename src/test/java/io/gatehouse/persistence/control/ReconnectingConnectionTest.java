package io.gatehouse.persistence.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLClientInfoException;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReconnectingConnectionTest {

    /** A database whose connections all die when it goes down, and which refuses new ones until it is back. */
    static final class FakeDatabase {

        final List<FakeConnection> opened = new ArrayList<>();
        boolean down;
        /** Whether setAutoCommit asks the server (H2 over TCP) or only notes it (PostgreSQL). */
        boolean autoCommitAsksTheServer;

        Connection open() throws SQLException {
            if (down) {
                throw new SQLException("Connection refused", "08001");
            }
            FakeConnection connection = new FakeConnection(this);
            opened.add(connection);
            return (Connection) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Connection.class},
                    (proxy, method, args) -> connection.call(proxy, method.getName(), args));
        }

        void goDown() {
            down = true;
            opened.forEach(c -> c.dead = true);
        }
    }

    static final class FakeConnection {

        final FakeDatabase database;
        final List<String> calls = new ArrayList<>();
        boolean dead;
        boolean closed;
        boolean autoCommit = true;

        FakeConnection(FakeDatabase database) {
            this.database = database;
        }

        Object call(Object proxy, String name, Object[] args) throws SQLException {
            calls.add(name);
            switch (name) {
                case "close":
                    closed = true;
                    return null;
                case "isClosed":
                    return closed;
                case "isValid":
                    return !dead && !closed;
                case "unwrap":
                    return proxy;
                case "isWrapperFor":
                    return true;
                case "hashCode":
                    return System.identityHashCode(this);
                case "equals":
                    return proxy == args[0];
                case "toString":
                    return "fake";
                default:
                    break;
            }
            if (dead && (database.autoCommitAsksTheServer || !name.equals("setAutoCommit"))) {
                throw new SQLException("An I/O error occurred while sending to the backend", "08006");
            }
            if (name.equals("setAutoCommit")) {
                autoCommit = (Boolean) args[0];
            }
            return null;
        }
    }

    private final FakeDatabase database = new FakeDatabase();

    private Connection open() throws SQLException {
        return ReconnectingConnection.open(database::open);
    }

    @Test
    void aConnectionThatBrokeBetweenTransactionsIsReplacedAtTheNextOneInTheSameState() throws SQLException {
        Connection connection = open();
        connection.setAutoCommit(false);
        connection.prepareStatement("select 1");
        connection.commit();
        database.goDown();
        assertThrows(SQLException.class, () -> connection.prepareStatement("select 1"), "down: the statement fails");
        connection.rollback();
        database.down = false;

        connection.prepareStatement("select 2");

        assertEquals(2, database.opened.size(), "replaced once the database is back");
        FakeConnection fresh = database.opened.get(1);
        assertFalse(fresh.autoCommit, "the pool's auto-commit setting carried over");
        assertEquals(List.of("setAutoCommit", "prepareStatement"), fresh.calls);
        assertTrue(database.opened.get(0).closed, "the broken one is closed");
    }

    @Test
    void aTransactionThatLostItsConnectionNeverGoesOnOnAnotherOne() throws SQLException {
        Connection connection = open();
        connection.setAutoCommit(false);
        connection.prepareStatement("insert 1");
        database.goDown();
        database.down = false;

        assertThrows(SQLException.class, () -> connection.prepareStatement("insert 2"));
        SQLException refused = assertThrows(SQLException.class, () -> connection.prepareStatement("insert 3"));
        assertEquals("08003", refused.getSQLState());
        assertEquals(1, database.opened.size(), "no second connection inside the transaction");
        SQLException commit = assertThrows(SQLException.class, connection::commit);
        assertEquals("08003", commit.getSQLState(), "the commit of the lost transaction fails");

        connection.prepareStatement("insert 4");
        assertEquals(2, database.opened.size(), "the next transaction gets a new connection");
    }

    @Test
    void rollingBackOnABrokenConnectionSucceeds() throws SQLException {
        Connection connection = open();
        connection.setAutoCommit(false);
        connection.prepareStatement("insert 1");
        database.goDown();

        connection.rollback();

        database.down = false;
        connection.prepareStatement("insert 2");
        assertEquals(2, database.opened.size());
    }

    @Test
    void afterOneConnectionBrokeTheOthersCheckThemselvesAtTheirNextBoundary() throws SQLException {
        Connection first = open();
        Connection second = open();
        database.goDown();
        assertThrows(SQLException.class, () -> first.prepareStatement("select 1"));
        database.down = false;

        second.setAutoCommit(false);
        second.prepareStatement("select 1");

        assertEquals(3, database.opened.size(), "the second, dead too, replaced before its first statement");
        assertTrue(database.opened.get(1).calls.contains("isValid"), database.opened.get(1).calls::toString);
    }

    @Test
    void anAutoCommitChangeThatFindsTheConnectionGoneIsKeptForTheReplacement() throws SQLException {
        database.autoCommitAsksTheServer = true;
        Connection connection = open();
        database.goDown();

        connection.setAutoCommit(false);

        SQLException down = assertThrows(SQLException.class, () -> connection.prepareStatement("select 1"));
        assertEquals("08001", down.getSQLState(), "the statement, not the pool's setting, reports the outage");
        database.down = false;
        connection.prepareStatement("select 1");
        assertFalse(database.opened.get(1).autoCommit, "the replacement is in the state the pool set");
    }

    @Test
    void switchingAutoCommitOnAfterLosingTheTransactionFails() throws SQLException {
        Connection connection = open();
        connection.setAutoCommit(false);
        connection.prepareStatement("insert 1");
        database.goDown();
        assertThrows(SQLException.class, () -> connection.prepareStatement("insert 2"));

        SQLException lost = assertThrows(SQLException.class, () -> connection.setAutoCommit(true));

        assertEquals("08003", lost.getSQLState(), "switching auto-commit on would have committed the lost work");
        database.down = false;
        connection.setAutoCommit(true);
        connection.createStatement();
        assertTrue(database.opened.get(1).autoCommit);
    }

    @Test
    void whileTheDatabaseIsDownTheReplacementFailsAndTheNextTryAfterItSucceeds() throws SQLException {
        Connection connection = open();
        database.goDown();
        assertThrows(SQLException.class, () -> connection.createStatement());
        SQLException refused = assertThrows(SQLException.class, () -> connection.createStatement());
        assertEquals("08001", refused.getSQLState(), "the driver's own refusal");
        database.down = false;

        connection.createStatement();

        assertEquals(2, database.opened.size());
    }

    @Test
    void healthyConnectionsAreUsedAsTheyAre() throws SQLException {
        Connection connection = open();
        for (int i = 0; i < 3; i++) {
            connection.setAutoCommit(false);
            connection.prepareStatement("select 1");
            connection.commit();
            connection.setAutoCommit(true);
        }
        assertEquals(1, database.opened.size());
        assertFalse(database.opened.get(0).calls.contains("isValid"), "no check without a reason");
        assertFalse(connection.isClosed());
        connection.close();
        assertTrue(connection.isClosed());
        assertSame(connection, connection.unwrap(Connection.class));
    }

    @Test
    void setClientInfoFailsOnlyWithTheExceptionItDeclares() throws SQLException {
        Connection connection = open();
        database.goDown();
        assertThrows(SQLException.class, connection::createStatement);

        SQLClientInfoException refused = assertThrows(SQLClientInfoException.class, () -> connection.setClientInfo("a", "b"));

        assertEquals("08001", refused.getSQLState(), "the driver's refusal, as the exception setClientInfo declares");
    }

    @Test
    void connectionFailuresAreToldApartFromOtherErrors() {
        assertTrue(ConnectionFailures.in(new RuntimeException(new SQLException("gone", "08006"))));
        assertTrue(ConnectionFailures.in(new java.sql.SQLNonTransientConnectionException("Database is already closed")));
        assertFalse(ConnectionFailures.in(new SQLException("duplicate key", "23505")));
        assertFalse(ConnectionFailures.in(new IllegalStateException()));
    }
}
