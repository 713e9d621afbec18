/**
 * The admin API's HTTP side: thin JAX-RS resources under {@code /api/v1/admin}, users only
 * ({@code @RolesAllowed}), each method first asking {@link io.gatehouse.admin.control.Operators} whether the
 * caller is a super-admin, then handing the request to a control. Errors take Mission Control's shape, as
 * everywhere under {@code /api/v1}; requests count in the per-principal API rate limit.
 */
package io.gatehouse.admin.boundary;
