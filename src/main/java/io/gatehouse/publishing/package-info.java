/**
 * Publishing and the public read API: a signed-in user (or their agent) publishes one of their projects
 * under a slug with tags, and anyone may read the community feed, popular tags, creator profiles and
 * share pages without credentials. Split into {@code boundary} (HTTP), {@code control} (the work) and
 * {@code entity} (tables and documents). It never exposes an owner id, principal id or email; it does
 * not create projects (see {@code projects}) nor users (see {@code accounts}).
 */
package io.gatehouse.publishing;
