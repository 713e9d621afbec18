/**
 * Bootstrap: the first call after sign-in returns the profile (created on first access with the free
 * plan), the subscription and which secrets are connected. Credits and plans are read here; running
 * things that spend credits is another feature's job.
 */
package io.gatehouse.profile;
