/**
 * {@code GET /auth/bootstrap}: what a client needs after signing in, in one answer (profile, plan and credits,
 * secrets status, projects). It reads other features; nothing reads it.
 */
package io.gatehouse.bootstrap;
