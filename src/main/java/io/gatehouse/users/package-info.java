/**
 * The Mission Control surface under {@code /api/v1}: bootstrap, the signed-in user's own document, and
 * deleting it.
 */
package io.gatehouse.users;
