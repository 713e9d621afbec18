/**
 * HTTP plumbing shared by the resources: a bounded, strict JSON body reader and typed access to the
 * fields of a request body with the 4xx answers a client expects. No business logic.
 */
package io.gatehouse.http;
