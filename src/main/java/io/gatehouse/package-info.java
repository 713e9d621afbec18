/**
 * Gatehouse: the authentication and session tier. The house rules, checked by {@code ArchitectureTest} in every build:
 * <ul>
 * <li>One package per feature ({@code sessions}, {@code security}, {@code accounts}, …). Inside it, every class sits in
 * <b>boundary</b> (JAX-RS resources, filters, WebSocket endpoints, servlets: HTTP in, HTTP out), <b>control</b> (CDI
 * beans doing the work, the seams and their implementations) or <b>entity</b> (JPA entities, records, value types, the
 * feature's events and exceptions). An entity depends on no control or boundary; a control on no boundary.</li>
 * <li>{@code kernel} holds what every feature shares and imports no feature: the caller and its kinds, authentication
 * results and refusals, token hashing and prefixes, the problem type, security events, start-up event, clock, the
 * gauge and timing contracts.</li>
 * <li>Dependencies between features point one way, never in a loop. Where a lower feature must let higher ones react
 * (a user deleted, a credential checked, a request refused), it fires a CDI event the higher ones observe.</li>
 * <li>This root package holds only the composition root: the JAX-RS application and the start-up sequence.</li>
 * </ul>
 * For any endpoint, the feature package that holds its boundary holds its control and entity too.
 */
package io.gatehouse;
