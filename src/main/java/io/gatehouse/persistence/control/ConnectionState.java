package io.gatehouse.persistence.control;

import java.lang.reflect.Method;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * What the pool or the JPA provider set on a connection ({@code setAutoCommit}, {@code setTransactionIsolation},
 * {@code setReadOnly}, {@code setHoldability}, {@code setCatalog}, {@code setSchema}), so that a replacement
 * connection is handed over in the same state.
 */
final class ConnectionState {

    private boolean autoCommit = true;
    private Integer isolation;
    private Boolean readOnly;
    private Integer holdability;
    private String catalog;
    private String schema;

    boolean autoCommit() {
        return autoCommit;
    }

    /** Notes the setting if the call, which succeeded, changed one. */
    void remember(Method method, Object[] args) {
        if (args == null || args.length != 1 || !method.getName().startsWith("set")) {
            return;
        }
        switch (method.getName()) {
            case "setAutoCommit" -> autoCommit = (Boolean) args[0];
            case "setTransactionIsolation" -> isolation = (Integer) args[0];
            case "setReadOnly" -> readOnly = (Boolean) args[0];
            case "setHoldability" -> holdability = (Integer) args[0];
            case "setCatalog" -> catalog = (String) args[0];
            case "setSchema" -> schema = (String) args[0];
            default -> {
                // not a setting a replacement needs
            }
        }
    }

    void applyTo(Connection connection) throws SQLException {
        if (!autoCommit) {
            connection.setAutoCommit(false);
        }
        if (isolation != null) {
            connection.setTransactionIsolation(isolation);
        }
        if (readOnly != null) {
            connection.setReadOnly(readOnly);
        }
        if (holdability != null) {
            connection.setHoldability(holdability);
        }
        if (catalog != null) {
            connection.setCatalog(catalog);
        }
        if (schema != null) {
            connection.setSchema(schema);
        }
    }
}
