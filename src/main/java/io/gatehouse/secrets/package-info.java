/**
 * Secrets: a principal's own API keys ({@code github_pat}, {@code anthropic_key}, {@code openai_key}), set and
 * deleted over HTTP, stored only AES-256-GCM encrypted under {@code SECRETS_KEY}, reported to clients as
 * present or absent and never returned. Checks the key at start-up, and moves a device's secrets to the user
 * on rebind. Using a secret (calling GitHub or a model provider with it) is another feature's job.
 */
package io.gatehouse.secrets;
