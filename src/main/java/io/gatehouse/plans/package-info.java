/**
 * Plans and credits: the per-principal plan row ({@code Profile}), the configured plans and their credit allowances,
 * spending credits, and moving them at rebind. User profile edits (name, avatar) belong to {@code accounts}.
 */
package io.gatehouse.plans;
