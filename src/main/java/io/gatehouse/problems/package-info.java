/**
 * Error handling: the one exception type features throw ({@link io.gatehouse.kernel.ApiProblem}) and
 * the mappers that render every error as the documented JSON ({@code detail}, {@code code},
 * {@code retryable}) with the right headers. No other class writes error bodies; stack traces never
 * reach a client.
 */
package io.gatehouse.problems;
