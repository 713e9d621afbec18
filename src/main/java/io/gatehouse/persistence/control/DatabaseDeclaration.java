package io.gatehouse.persistence.control;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Declares the application's pooled JTA datasource. The URL is not written here: placeholders in
 * this annotation resolve differently on each server, so the pool is built on
 * {@link ConfiguredDataSource}, which reads the connection settings from MicroProfile Config itself.
 */
@DataSourceDefinition(
        name = DatabaseDeclaration.JNDI_NAME,
        className = "io.gatehouse.persistence.control.ConfiguredDataSource",
        minPoolSize = 2,
        maxPoolSize = 32,
        maxIdleTime = 300,
        properties = "description=Gatehouse database from DB_URL")
@ApplicationScoped
public class DatabaseDeclaration {

    public static final String JNDI_NAME = "java:app/jdbc/gatehouse";
}
