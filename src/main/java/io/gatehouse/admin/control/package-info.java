/**
 * The admin API's work: {@link io.gatehouse.admin.control.Operators} decides who may use it,
 * {@link io.gatehouse.admin.control.UserDirectory} searches users in keyset pages,
 * {@link io.gatehouse.admin.control.UserLookup} finds one user by principal id or Clerk user id,
 * {@link io.gatehouse.admin.control.UserDossiers} gathers what an operator sees of a user, and
 * {@link io.gatehouse.admin.control.OperatorActions} signs out, revokes, locks and unlocks, each action audited
 * with the operator as its actor.
 */
package io.gatehouse.admin.control;
