package io.gatehouse.persistence.control;

import io.gatehouse.persistence.entity.DatabaseSettings;
import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The datasource class the server pools: it picks H2 or PostgreSQL from {@code DB_URL} and delegates
 * to that driver's own {@link DataSource}. This lets one WAR take its database from the environment
 * on every server without server-specific placeholders in the datasource definition. Each connection it
 * hands the pool replaces its driver connection once that broke ({@link ReconnectingConnection}), so the
 * pool recovers from a database outage on every server without validation settings of its own.
 */
public class ConfiguredDataSource implements DataSource {

    private volatile DataSource delegate;
    private PrintWriter logWriter;
    private int loginTimeout;
    private String description;

    /**
     * A bean property for the pool to set: WildFly (IronJacamar) refuses a datasource class configured
     * with no property at all, so {@link DatabaseDeclaration} names this one.
     */
    public void setDescription(String description) {
        this.description = description;
    }

    public String getDescription() {
        return description;
    }

    @Override
    public Connection getConnection() throws SQLException {
        DataSource driver = delegate();
        return ReconnectingConnection.open(driver::getConnection);
    }

    /**
     * WildFly's pool asks with the datasource definition's user, which Gatehouse leaves empty: no user
     * ({@code null} or empty) means the configured credentials, as {@link #getConnection()}.
     */
    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        if (username == null || username.isEmpty()) {
            return getConnection();
        }
        DataSource driver = delegate();
        return ReconnectingConnection.open(() -> driver.getConnection(username, password));
    }

    /**
     * Reads the configuration now, on the caller's thread: a thread without the application's class loader
     * (a server's management thread) would not see the application's configuration later.
     */
    public ConfiguredDataSource prepared() throws SQLException {
        delegate();
        return this;
    }

    private DataSource delegate() throws SQLException {
        DataSource current = delegate;
        if (current == null) {
            synchronized (this) {
                if (delegate == null) {
                    delegate = create(DatabaseSettings.fromConfig());
                }
                current = delegate;
            }
        }
        return current;
    }

    private static DataSource create(DatabaseSettings settings) throws SQLException {
        if (settings.isPostgresql()) {
            PGSimpleDataSource pg = new PGSimpleDataSource();
            pg.setURL(settings.url());
            if (settings.user() != null) {
                pg.setUser(settings.user());
            }
            pg.setPassword(settings.password());
            return pg;
        }
        if (settings.isH2()) {
            org.h2.jdbcx.JdbcDataSource h2 = new org.h2.jdbcx.JdbcDataSource();
            h2.setURL(settings.url());
            h2.setUser(settings.user());
            h2.setPassword(settings.password());
            return h2;
        }
        throw new SQLException("DB_URL must be a jdbc:h2: or jdbc:postgresql: URL");
    }

    @Override
    public PrintWriter getLogWriter() {
        return logWriter;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
        this.logWriter = out;
    }

    @Override
    public void setLoginTimeout(int seconds) {
        this.loginTimeout = seconds;
    }

    @Override
    public int getLoginTimeout() {
        return loginTimeout;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException();
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        if (type.isInstance(this)) {
            return type.cast(this);
        }
        throw new SQLException("Not a wrapper for " + type.getName());
    }

    @Override
    public boolean isWrapperFor(Class<?> type) {
        return type.isInstance(this);
    }
}
