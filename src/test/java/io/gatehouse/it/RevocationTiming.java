package io.gatehouse.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gatehouse.testing.HttpReply;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Supplier;

/**
 * Measures how long a member takes to refuse credentials revoked on another member: every credential is used on
 * every member first (so each has it cached), then revoked, then asked for every 20 ms on the observing member
 * until it answers 401. Each delay is printed (the test's output file) and kept, and must be under the limit.
 */
final class RevocationTiming {

    private static final long POLL_MILLIS = 20;

    private final List<ClusterMember> members;
    private final Duration within;
    private final Duration giveUp;
    private final List<Long> delays = Collections.synchronizedList(new ArrayList<>());

    /**
     * @param within the longest delay allowed
     * @param giveUp how long a slower refusal is still waited for (and measured) before the check gives up
     */
    RevocationTiming(List<ClusterMember> members, Duration within, Duration giveUp) {
        this.members = members;
        this.within = within;
        this.giveUp = giveUp;
    }

    /**
     * Checks that the revocation (made on the revoker, answered with the given status) is seen by the observer in
     * time for every one of the credentials.
     */
    void assertRefusedInTime(String kind, ClusterMember revoker, Supplier<HttpReply> revoke, int revokedWith,
            ClusterMember observer, Credential... credentials) {
        for (Credential credential : credentials) {
            members.forEach(member -> member.assertAccepts(credential));
        }
        HttpReply reply = revoke.get();
        long revokedAt = System.nanoTime();
        assertEquals(revokedWith, reply.status(), kind + " on " + revoker.name() + ": " + reply);
        for (Credential credential : credentials) {
            Duration delay = awaitRefused(observer, credential, revokedAt);
            delays.add(delay.toMillis());
            System.out.println("revocation delay, " + kind + " on " + revoker.name() + ", " + credential.what()
                    + " refused on " + observer.name() + ": " + delay.toMillis() + " ms");
            assertTrue(delay.compareTo(within) < 0, kind + ": " + credential.what() + " refused on " + observer.name()
                    + " only after " + delay.toMillis() + " ms");
        }
    }

    /** How many delays were measured and the longest, for the output; empty when none was. */
    String summary() {
        synchronized (delays) {
            return delays.isEmpty() ? "" : "revocation delays: " + delays.size() + " measured, max " + Collections.max(delays) + " ms";
        }
    }

    private Duration awaitRefused(ClusterMember observer, Credential credential, long revokedAt) {
        while (true) {
            int status = observer.status(credential);
            Duration elapsed = Duration.ofNanos(System.nanoTime() - revokedAt);
            if (status == 401) {
                return elapsed;
            }
            assertEquals(200, status, credential.what() + " on " + observer.name() + " after the revocation");
            if (elapsed.compareTo(giveUp) > 0) {
                throw new AssertionError(credential.what() + " still accepted on " + observer.name() + " "
                        + elapsed.toMillis() + " ms after the revocation on another member");
            }
            ResearchCalls.pause(POLL_MILLIS);
        }
    }
}
