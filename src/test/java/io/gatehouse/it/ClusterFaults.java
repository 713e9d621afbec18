package io.gatehouse.it;

import static io.gatehouse.it.ClusterMember.jwt;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gatehouse.kernel.CallerKind;
import io.gatehouse.kernel.SessionTokens;
import io.gatehouse.kernel.TokenHash;
import io.gatehouse.testing.DatabaseContents;
import io.gatehouse.testing.GridIntruder;
import io.gatehouse.testing.HttpReply;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

/**
 * The cluster test's fault scenarios (hardening): revocations the grid never carried are enforced by
 * reconciliation within {@code CLUSTER_RECONCILE_SECONDS}; a process without the cluster secret cannot make a member
 * accept a token; a user deleted on one member signs in afresh on the other. Each delay measured is printed.
 */
final class ClusterFaults {

    /** The reconciliation interval the cluster test sets (CLUSTER_RECONCILE_SECONDS). */
    static final int RECONCILE_SECONDS = 2;
    /** Reconciliation's bound, plus what a pass and the probe themselves take on a busy 2-core machine. */
    static final Duration RECONCILE_BOUND = Duration.ofSeconds(RECONCILE_SECONDS).plusMillis(1_500);

    private final ClusterMember onA;
    private final ClusterMember onB;
    private final Map<String, String> config;

    ClusterFaults(ClusterMember onA, ClusterMember onB, Map<String, String> config) {
        this.onA = onA;
        this.onB = onB;
        this.config = config;
    }

    /** Written straight to the database, as if every notice of it had been lost: both members refuse it in time. */
    void aRevocationNoMemberHeardOfIsEnforcedWithinTheReconcileBound() throws SQLException {
        String token = onA.session(ClusterIT.newUserId());
        Credential credential = Credential.session("a session revoked behind every member's back", token);
        onA.assertAccepts(credential);
        onB.assertAccepts(credential);

        long start = System.nanoTime();
        revokeInTheDatabaseOnly(token);
        long onARefused = millisUntil(onA, credential, start);
        long onBRefused = millisUntil(onB, credential, start);
        System.out.printf("reconciliation: a revocation no member was told of refused on A after %d ms, on B after "
                + "%d ms (CLUSTER_RECONCILE_SECONDS=%d)%n", onARefused, onBRefused, RECONCILE_SECONDS);
        assertAll(
                () -> assertTrue(onARefused <= RECONCILE_BOUND.toMillis(), "A refused after " + onARefused + " ms"),
                () -> assertTrue(onBRefused <= RECONCILE_BOUND.toMillis(), "B refused after " + onBRefused + " ms"));
    }

    /**
     * The grid stalls while A revokes four sessions (an intruder holds the locks of two grid entries, so A's writes
     * wait): A refuses all of them at once, B refuses all of them within the reconcile bound although the grid
     * never carried two of them, and the revocation's request completes once the grid lets go.
     */
    void aGridStuckMidRevocationLeavesNoRevokedTokenAcceptedAfterTheReconcileBound(GridIntruder intruder)
            throws Exception {
        String userId = ClusterIT.newUserId();
        String keeper = onA.session(userId);
        List<Credential> others = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            Credential other = Credential.session("the user's session " + i, onA.session(userId));
            onB.assertAccepts(other);
            others.add(other);
        }
        intruder.lock(TokenHash.of(others.get(0).token()).hex(), 8);
        intruder.lock(TokenHash.of(others.get(2).token()).hex(), 8);

        long start = System.nanoTime();
        CompletableFuture<HttpReply> revocation = CompletableFuture.supplyAsync(
                () -> onA.http().delete("/auth/sessions?scope=others").bearer(keeper).send());
        List<Long> refusedOnA = new ArrayList<>();
        List<Long> refusedOnB = new ArrayList<>();
        for (Credential other : others) {
            refusedOnA.add(millisUntil(onA, other, start));
        }
        for (Credential other : others) {
            refusedOnB.add(millisUntil(onB, other, start));
        }
        HttpReply reply = revocation.get();
        long answeredAfter = Duration.ofNanos(System.nanoTime() - start).toMillis();
        System.out.printf("grid stalled mid-revocation: refused on A after %s ms, on B after %s ms; the request "
                + "answered %d after %d ms%n", refusedOnA, refusedOnB, reply.status(), answeredAfter);
        assertAll(
                () -> assertEquals(200, reply.status(), reply::toString),
                () -> assertTrue(refusedOnA.stream().allMatch(ms -> ms <= RECONCILE_BOUND.toMillis()),
                        "A refused each in time: " + refusedOnA),
                () -> assertTrue(refusedOnB.stream().allMatch(ms -> ms <= RECONCILE_BOUND.toMillis()),
                        "B refused each within the reconcile bound: " + refusedOnB),
                () -> onA.assertAccepts(Credential.session("the session kept", keeper)));
    }

    /** Forged grid entries for a token of the intruder's own: no member accepts it, sealed or not. */
    void aForgedSessionEntryIsAcceptedByNoMember(GridIntruder intruder) {
        String owner = onA.session(ClusterIT.newUserId());
        String principal = onA.userOf(owner);
        long now = System.currentTimeMillis();
        String forgedText = "v1|" + UUID.randomUUID() + "|" + principal + "|CLERK|" + now + "|" + (now + 600_000)
                + "|L|=user_forged";
        String plain = SessionTokens.mint(CallerKind.CLERK);
        String wrongSecret = SessionTokens.mint(CallerKind.CLERK);
        intruder.write(TokenHash.of(plain).hex(), forgedText);
        intruder.write(TokenHash.of(wrongSecret).hex(), "g1:" + "A".repeat(43) + ":" + forgedText);

        List<Credential> forged = List.of(Credential.session("a session entry written without a seal", plain),
                Credential.session("a session entry with a seal forged without the secret", wrongSecret));
        assertAll(forged.stream().<org.junit.jupiter.api.function.Executable>flatMap(credential -> List.of(onA, onB)
                .stream().map(member -> () -> assertEquals(401, member.status(credential),
                        credential.what() + " on " + member.name()))));
    }

    /** B remembered the user; A deletes it; the user signs in again on B at once and gets a new account. */
    void aUserDeletedOnOneMemberSignsInAfreshOnTheOther() {
        String userId = ClusterIT.newUserId();
        String onBefore = onB.session(userId);
        String before = onB.userOf(onBefore);
        assertEquals(204, onA.http().delete("/api/v1/users/me").bearer(jwt(userId)).send().status());

        HttpReply exchanged = onB.http().post("/auth/session").bearer(jwt(userId)).send();
        assertEquals(200, exchanged.status(), () -> "signing in again on B: " + exchanged);
        String after = onB.userOf(exchanged.json().getString("token"));
        HttpReply me = onB.http().get("/api/v1/users/me").bearer(jwt(userId)).send();
        assertAll(
                () -> assertTrue(!after.equals(before), "a new account, not the deleted one"),
                () -> assertEquals(200, me.status(), me::toString));
    }

    private void revokeInTheDatabaseOnly(String token) throws SQLException {
        DatabaseContents.revokeOnlyInTheDatabase(config, TokenHash.of(token).hex());
    }

    /** Milliseconds from {@code startNanos} until the member refuses the credential (401); gives up after 10 s. */
    private static long millisUntil(ClusterMember member, Credential credential, long startNanos) {
        while (true) {
            boolean refused = member.status(credential) == 401;
            long elapsed = Duration.ofNanos(System.nanoTime() - startNanos).toMillis();
            if (refused || elapsed > 10_000) {
                return elapsed;
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return elapsed;
            }
        }
    }
}
