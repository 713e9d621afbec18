package io.gatehouse.it;

/**
 * A token a test holds, what it is (for messages), and the request that tells whether a server accepts it.
 *
 * @param what  e.g. "a session minted on A"
 * @param token the token itself
 * @param probe a GET path the token may call: 200 while it is accepted, 401 once it is not
 */
record Credential(String what, String token, String probe) {

    /** A session token (user or anonymous), probed with {@code GET /projects}. */
    static Credential session(String what, String token) {
        return new Credential(what, token, "/projects");
    }

    /** An agent token, probed with {@code GET /api/v1/users/me}. */
    static Credential agent(String what, String token) {
        return new Credential(what, token, "/api/v1/users/me");
    }
}
