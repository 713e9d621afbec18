package io.gatehouse.security.control;

import io.gatehouse.kernel.AuthResult;

/**
 * Checks one kind of bearer credential. Features contribute implementations (session tokens, Clerk
 * JWTs, later agent and local tokens); the resolver asks them in {@link #order()}.
 */
public interface CredentialAuthenticator {

    /** Lower runs first. */
    int order();

    /** Whether this authenticator is responsible for a token of this shape (a cheap test, no I/O). */
    boolean accepts(String token);

    /** Checks the token; never throws, never touches HTTP. */
    AuthResult authenticate(String token);
}
