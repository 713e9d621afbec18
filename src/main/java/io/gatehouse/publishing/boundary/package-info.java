/**
 * The HTTP side of publishing: {@code /projects/{id}/publish} for a project's owner, and the public,
 * credential-free {@code /public/...} reads. Resources read the request and call one control; they hold
 * no rules of their own.
 */
package io.gatehouse.publishing.boundary;
