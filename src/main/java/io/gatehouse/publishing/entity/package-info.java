/**
 * What publishing stores and shows: the share and tag rows, and the public documents built from them
 * (which carry handles and display names, never ids of owners or emails). No queries run here beyond
 * the named queries declared on the entities.
 */
package io.gatehouse.publishing.entity;
