/**
 * HTTP plumbing shared by the resources: a bounded, strict JSON body reader, typed access to the fields of a request
 * body with the 4xx answers a client expects, the body limit of every resource method, the syntax checks of the
 * headers the runtimes parse ({@code Content-Type}, {@code Accept}) and of bearer tokens. Everything a client can get
 * wrong here is a 4xx, never a 500. No business logic.
 */
package io.gatehouse.http;
