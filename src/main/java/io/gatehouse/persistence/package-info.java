/**
 * The database: the application-scoped datasource that reads {@code DB_URL}, {@code DB_USER} and
 * {@code DB_PASSWORD} through MicroProfile Config and hands the server's pool connections that replace
 * themselves after a database outage, and the Flyway migrations that create the schema.
 * Entities and queries belong to the features that own them, not here.
 */
package io.gatehouse.persistence;
