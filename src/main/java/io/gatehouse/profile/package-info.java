/**
 * Bootstrap: the first call after sign-in returns the profile (created on first access with the free
 * plan), the subscription and which secrets are connected. Plans and credit totals live here, and so does
 * spending a credit ({@link io.gatehouse.profile.Credits}); what a credit buys is the spending feature's business.
 */
package io.gatehouse.profile;
