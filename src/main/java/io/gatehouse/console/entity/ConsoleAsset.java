package io.gatehouse.console.entity;

/**
 * One static file of the console, as it is answered: its media type and its bytes.
 *
 * @param contentType the {@code Content-Type} to answer with ({@code text/javascript;charset=utf-8}, …)
 * @param body        the file's bytes, never changed after reading
 */
public record ConsoleAsset(String contentType, byte[] body) {
}
