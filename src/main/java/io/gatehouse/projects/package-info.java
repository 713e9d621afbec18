/**
 * Projects, the first artifact a caller owns: create and list one's own. Declares its table to rebind
 * through {@link io.gatehouse.projects.control.ProjectRows}.
 */
package io.gatehouse.projects;
