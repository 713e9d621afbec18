/**
 * Agent tokens: long-lived {@code mca_} tokens a signed-in user gives to agents, which then act as that
 * user with the role {@code agent}. Kept, like sessions, only as hashes, and checked in memory.
 */
package io.gatehouse.agents;
