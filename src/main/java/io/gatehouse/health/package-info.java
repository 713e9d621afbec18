/**
 * MicroProfile Health checks: liveness ({@code /health/live}: the application runs) and readiness
 * ({@code /health/ready}: the database answers, and in Clerk mode Clerk's signing keys have loaded). The server
 * serves the endpoints: Payara Micro on the application's HTTP port, WildFly on its management interface (9990).
 * Checks read state or ask the database with a deadline; none calls Clerk, none reports a secret.
 */
package io.gatehouse.health;
