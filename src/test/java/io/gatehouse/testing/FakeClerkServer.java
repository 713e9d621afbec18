package io.gatehouse.testing;

/**
 * Runs the fake Clerk on its own, on 127.0.0.1 (port {@code fakeclerk.port}, default 8090), for the
 * README's walk-through: point {@code CLERK_ISSUER} at it and fetch tokens from {@code /dev/token}.
 */
public final class FakeClerkServer {

    private FakeClerkServer() {
    }

    public static void main(String[] args) throws InterruptedException {
        if (System.getProperty("fakeclerk.port") == null) {
            System.setProperty("fakeclerk.port", "8090");
        }
        FakeClerk clerk = FakeClerk.shared();
        System.out.println("Fake Clerk on " + clerk.issuer());
        System.out.println("  start Gatehouse with CLERK_ISSUER=" + clerk.issuer()
                + " CLERK_AUTHORIZED_PARTIES=http://localhost:3000");
        System.out.println("  get a session JWT:  curl -s '" + clerk.issuer() + "/dev/token?sub=user_ada&email=ada@example.com&name=Ada%20Lovelace'");
        Thread.currentThread().join();
    }
}
