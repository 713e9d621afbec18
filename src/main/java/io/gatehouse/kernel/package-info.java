/**
 * The shared kernel: the types every feature speaks (the caller, its kind and credential, authentication results and
 * refusals, roles and OAuth scopes, token hashing and prefixes, the problem type, security events and the events
 * audit and metrics observe, the start-up event, the clock, the gauge and timing contracts). It imports no feature.
 */
package io.gatehouse.kernel;
