/**
 * The work behind publishing: publish and unpublish a caller's project, settle the creator's handle,
 * count views, page the community feed with opaque keyset cursors, and validate the parameters of the
 * public endpoints. Not HTTP: resources in {@code boundary} call these beans.
 */
package io.gatehouse.publishing.control;
