package io.gatehouse.clerk.control;

/**
 * The Clerk sessions Clerk reported ended (a webhook, or the Backend API): a JWT carrying one of their {@code sid}s
 * is refused. Implemented where sessions are kept; asked from memory on every Clerk JWT, so it must cost no I/O.
 */
public interface EndedClerkSessions {

    boolean ended(String clerkSessionId);
}
